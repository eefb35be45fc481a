package com.example.marswb.vss.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.marswb.vss.VssFactory;
import com.example.marswb.vss.VssPackage.Literals;
import com.example.marswb.vss.VssWriter;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.bundle.spi.TextLines;
import marswb.model.server.ServerPackage;

/**
 * Reads system/vss-writers.txt, the output of {@code vssadmin list writers} (English Windows): one {@link VssWriter}
 * per {@code Writer name: '...'} block, put into the server's extension slot, every value with its line.
 */
public final class VssWritersParser implements ArtifactParser {

	/** vssadmin's output is a few lines per writer; a server has a few dozen writers at most. */
	private static final int MAX_LINES = 20_000;
	private static final Pattern WRITER_NAME = Pattern.compile("\\s*Writer name:\\s*'(.*)'\\s*");
	private static final Pattern FIELD = Pattern.compile("\\s*(Writer Id|Writer Instance Id|State|Last error):\\s*(.*?)\\s*");
	private static final Pattern STATE = Pattern.compile("\\[(\\d{1,2})\\]\\s*(.*)");
	private static final String HEADER = "vssadmin 1.1";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		boolean recognised = false;
		int count = 0;
		VssWriter writer = null;
		try (TextLines lines = input.openLines()) {
			Line line;
			while ((line = lines.next()) != null) {
				if (++count > MAX_LINES) {
					throw new ArtifactFormatException("more than " + MAX_LINES + " lines: not vssadmin list writers",
							line.number());
				}
				String text = line.text();
				if (text.strip().startsWith(HEADER)) {
					recognised = true;
					continue;
				}
				if (text.strip().startsWith("Error:")) {
					throw new ArtifactFormatException("vssadmin reported '" + text.strip() + "'", line.number());
				}
				Matcher name = WRITER_NAME.matcher(text);
				if (name.matches()) {
					recognised = true;
					writer = VssFactory.eINSTANCE.createVssWriter();
					context.add(context.server(), ServerPackage.Literals.SERVER__EXTENSIONS, writer, line.number(),
							text.strip());
					context.located(writer, line.number(), text.strip());
					context.set(writer, Literals.VSS_WRITER__NAME, name.group(1), line.number(), name.group(1));
					continue;
				}
				Matcher field = FIELD.matcher(text);
				if (writer != null && field.matches()) {
					read(context, writer, field.group(1), field.group(2), line);
				}
			}
		}
		if (!recognised) {
			throw new ArtifactFormatException(
					"neither the 'vssadmin 1.1' header nor a 'Writer name:' line (localized output?)");
		}
	}

	private static void read(ParseContext context, VssWriter writer, String label, String value, Line line) {
		int number = line.number();
		switch (label) {
		case "Writer Id" -> context.set(writer, Literals.VSS_WRITER__WRITER_ID, value, number, value);
		case "Writer Instance Id" -> context.set(writer, Literals.VSS_WRITER__INSTANCE_ID, value, number, value);
		case "Last error" -> context.set(writer, Literals.VSS_WRITER__LAST_ERROR, value, number, value);
		default -> {
			Matcher state = STATE.matcher(value);
			if (state.matches()) {
				context.set(writer, Literals.VSS_WRITER__STATE_CODE, Integer.valueOf(state.group(1)), number,
						"[" + state.group(1) + "]");
				context.set(writer, Literals.VSS_WRITER__STATE, state.group(2), number, state.group(2));
			} else {
				context.problem("line " + number + ": a state without its [number]: '" + value + "'");
			}
		}
		}
	}
}

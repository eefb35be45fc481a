package com.example.marswb.vss.internal;

import java.util.regex.Pattern;

import marswb.bundle.spi.ArtifactRecognizer;
import marswb.bundle.spi.Sample;

/** Recognizes vssadmin list writers among loose files: a line {@code Writer name: '...'}. */
public final class VssWritersRecognizer implements ArtifactRecognizer {

	private static final Pattern WRITER_NAME = Pattern.compile("(?m)^\\s*Writer name: '[^'\\r\\n]+'\\s*$");

	@Override
	public String recognize(Sample sample) {
		return WRITER_NAME.matcher(sample.text()).find() ? "vssadmin list writers" : null;
	}
}

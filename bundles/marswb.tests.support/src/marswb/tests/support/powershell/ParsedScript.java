package marswb.tests.support.powershell;

import java.util.List;

/**
 * A parsed script: its parse errors (none for a script PowerShell would accept) and its tree.
 *
 * @since 0.1
 */
public final class ParsedScript {

	private final String source;
	private final List<SyntaxError> errors;
	private final SyntaxNode root;

	ParsedScript(String source, List<SyntaxError> errors, SyntaxNode root) {
		this.source = source;
		this.errors = List.copyOf(errors);
		this.root = root;
	}

	public String source() {
		return source;
	}

	public List<SyntaxError> errors() {
		return errors;
	}

	/** The {@code program} node. */
	public SyntaxNode root() {
		return root;
	}

	/** The nodes of a grammar type, in document order. */
	public List<SyntaxNode> find(String nodeType) {
		return root.find(nodeType);
	}

	/** Every command invocation, in document order, including those inside script blocks and subexpressions. */
	public List<Command> commands() {
		return find("command").stream().map(ParsedScript::command).toList();
	}

	private static Command command(SyntaxNode node) {
		boolean invoked = node.children().stream().anyMatch(child -> child.type().equals("command_invokation_operator"));
		String name = node.child("command_name").map(SyntaxNode::text).orElse("");
		List<String> arguments = node.child("command_elements")
				.map(elements -> elements.children().stream()
						.filter(element -> !element.type().equals("command_argument_sep"))
						.map(SyntaxNode::text).toList())
				.orElse(List.of());
		return new Command(name, arguments, invoked, node.line(), node);
	}
}

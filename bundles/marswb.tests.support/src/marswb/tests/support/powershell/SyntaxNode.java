package marswb.tests.support.powershell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A node of the tree-sitter PowerShell parse tree. Types are the grammar's ({@code command}, {@code command_name},
 * {@code pipeline_chain_tail}, {@code if_statement}, ...); anonymous nodes are the tokens ({@code &&}, {@code (}).
 * Lines and columns are 1-based.
 *
 * @since 0.1
 */
public final class SyntaxNode {

	private final String source;
	private final SyntaxNode parent;
	private final String type;
	private final boolean named;
	private final boolean missing;
	private final String field;
	private final int from;
	private final int to;
	private final int line;
	private final int column;
	private final int endLine;
	private final int endColumn;
	private final List<SyntaxNode> children = new ArrayList<>();

	SyntaxNode(String source, SyntaxNode parent, String type, boolean named, boolean missing, String field, int from,
			int to, int line, int column, int endLine, int endColumn) {
		this.source = source;
		this.parent = parent;
		this.type = type;
		this.named = named;
		this.missing = missing;
		this.field = field;
		this.from = from;
		this.to = to;
		this.line = line;
		this.column = column;
		this.endLine = endLine;
		this.endColumn = endColumn;
	}

	void add(SyntaxNode child) {
		children.add(child);
	}

	public String type() {
		return type;
	}

	/** False for tokens such as operators and brackets. */
	public boolean named() {
		return named;
	}

	/** A token the parser assumed but the text does not have. */
	public boolean missing() {
		return missing;
	}

	/** The name of the field this node fills in its parent ({@code command_name}, {@code value}, ...), or null. */
	public String field() {
		return field;
	}

	public SyntaxNode parent() {
		return parent;
	}

	public List<SyntaxNode> children() {
		return Collections.unmodifiableList(children);
	}

	public List<SyntaxNode> namedChildren() {
		return children.stream().filter(SyntaxNode::named).toList();
	}

	/** The child that fills the given field. */
	public Optional<SyntaxNode> child(String fieldName) {
		return children.stream().filter(child -> fieldName.equals(child.field)).findFirst();
	}

	/** The source text this node spans. */
	public String text() {
		return source.substring(from, to);
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	public int endLine() {
		return endLine;
	}

	public int endColumn() {
		return endColumn;
	}

	/** This node and every node below it, in document order. */
	public Stream<SyntaxNode> descendants() {
		List<SyntaxNode> all = new ArrayList<>();
		// iterative: the trees are deep enough to make a recursive stream expensive
		List<SyntaxNode> stack = new ArrayList<>(List.of(this));
		while (!stack.isEmpty()) {
			SyntaxNode node = stack.remove(stack.size() - 1);
			all.add(node);
			for (int i = node.children.size() - 1; i >= 0; i--) {
				stack.add(node.children.get(i));
			}
		}
		return all.stream();
	}

	/** The nodes of a type at or below this one, in document order. */
	public List<SyntaxNode> find(String nodeType) {
		return descendants().filter(node -> node.type.equals(nodeType)).toList();
	}

	/** The nearest node of a type above this one. */
	public Optional<SyntaxNode> ancestor(String nodeType) {
		for (SyntaxNode node = parent; node != null; node = node.parent) {
			if (node.type.equals(nodeType)) {
				return Optional.of(node);
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return type + "@" + line + ":" + column;
	}
}

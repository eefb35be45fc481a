package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;

import marswb.bundle.internal.format.LocatedXml;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Located;
import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TaskAction;
import marswb.model.server.TaskTrigger;

/**
 * Reads a Task Scheduler export ({@code schtasks /query /xml ONE}): either one {@code <Task>} document or a
 * {@code <Tasks>} root with several tasks, each after a comment naming it.
 */
public final class TaskXmlParser implements ArtifactParser {

	static final String TASK_NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task";
	private static final int MAX_CHARS = 8 * 1024 * 1024;
	private static final Set<String> INSTANCE_POLICIES = Set.of("Parallel", "Queue", "IgnoreNew", "StopExisting");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		LocatedXml xml = LocatedXml.parse(input.readText(MAX_CHARS));
		Element root = xml.root();
		List<Element> tasks = switch (root.getLocalName()) {
		case "Task" -> List.of(root);
		case "Tasks" -> LocatedXml.children(root).stream().filter(e -> "Task".equals(e.getLocalName())).toList();
		default -> throw new ArtifactFormatException(
				"root element <" + root.getTagName() + "> is neither a Task Scheduler <Task> nor <Tasks>", xml.line(root));
		};
		if (tasks.isEmpty()) {
			throw new ArtifactFormatException("<Tasks> holds no <Task> element", xml.line(root));
		}
		for (Element task : tasks) {
			new TaskReader(xml, context, input.path()).read(task);
		}
	}

	/** Reads one {@code <Task>} element into a {@link ScheduledTask}. */
	private static final class TaskReader {
		private final LocatedXml xml;
		private final ParseContext context;
		private final String artifactPath;

		TaskReader(LocatedXml xml, ParseContext context, String artifactPath) {
			this.xml = xml;
			this.context = context;
			this.artifactPath = artifactPath;
		}

		void read(Element element) {
			if (!TASK_NAMESPACE.equals(element.getNamespaceURI())) {
				context.problem("task on line " + xml.line(element) + " is not in the Task Scheduler namespace "
						+ TASK_NAMESPACE + "; read anyway");
			}
			ScheduledTask task = ServerFactory.eINSTANCE.createScheduledTask();
			context.located(task, xml.line(element), xml.startTag(element));
			readPath(task, element);
			readSettings(task, element);
			Optional<Element> actions = LocatedXml.child(element, "Actions");
			readPrincipal(task, LocatedXml.child(element, "Principals").orElse(null),
					actions.map(a -> a.getAttribute("Context")).orElse(""));
			LocatedXml.child(element, "Triggers").ifPresent(triggers -> LocatedXml.children(triggers)
					.forEach(trigger -> task.getTriggers().add(readTrigger(trigger))));
			actions.ifPresent(list -> LocatedXml.children(list).stream()
					.filter(action -> "Exec".equals(action.getLocalName()))
					.forEach(exec -> task.getActions().add(readExec(exec))));
			context.server().getTasks().add(task);
		}

		/** RegistrationInfo/URI names the task; schtasks' comment is the next best; the file name is the last resort. */
		private void readPath(ScheduledTask task, Element element) {
			Optional<Element> uri = LocatedXml.child(element, "RegistrationInfo")
					.flatMap(info -> LocatedXml.child(info, "URI"));
			String uriText = uri.map(LocatedXml::text).orElse(null);
			if (uriText != null) {
				setText(task, Literals.SCHEDULED_TASK__PATH, uri.get(), uriText);
				return;
			}
			Optional<Comment> comment = LocatedXml.precedingComment(element);
			String name = comment.map(c -> c.getData().strip()).orElse("");
			if (!name.isEmpty()) {
				context.set(task, Literals.SCHEDULED_TASK__PATH, name, xml.line(comment.get()), name);
				return;
			}
			String fileName = artifactPath.substring(artifactPath.lastIndexOf('/') + 1);
			String path = fileName.toLowerCase(Locale.ROOT).endsWith(".xml") ? fileName.substring(0, fileName.length() - 4)
					: fileName;
			// not from the content: line 0, the origin then shows the file name
			context.set(task, Literals.SCHEDULED_TASK__PATH, path, 0, fileName);
		}

		private void readSettings(ScheduledTask task, Element element) {
			Optional<Element> settings = LocatedXml.child(element, "Settings");
			// a default stands where the Settings element is (or the task, when it has none)
			Element defaultsAt = settings.orElse(element);
			Optional<Element> enabled = settings.flatMap(s -> LocatedXml.child(s, "Enabled"));
			if (enabled.isPresent()) {
				readBoolean(task, Literals.SCHEDULED_TASK__ENABLED, enabled.get());
			} else {
				// Task Scheduler schema: Settings/Enabled defaults to true
				context.set(task, Literals.SCHEDULED_TASK__ENABLED, Boolean.TRUE, xml.line(defaultsAt),
						xml.startTag(defaultsAt));
			}
			Optional<Element> policy = settings.flatMap(s -> LocatedXml.child(s, "MultipleInstancesPolicy"));
			String policyText = policy.map(LocatedXml::text).orElse(null);
			if (policyText != null) {
				if (!INSTANCE_POLICIES.contains(policyText)) {
					context.problem("unknown MultipleInstancesPolicy '" + policyText + "' (line "
							+ xml.line(policy.get()) + ")");
				}
				setText(task, Literals.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY, policy.get(), policyText);
			} else {
				// Task Scheduler schema: MultipleInstancesPolicy defaults to IgnoreNew
				context.set(task, Literals.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY, "IgnoreNew",
						xml.line(defaultsAt), xml.startTag(defaultsAt));
			}
		}

		/** The principal the actions run as (Actions/@Context names it), else the first one. */
		private void readPrincipal(ScheduledTask task, Element principals, String context) {
			if (principals == null) {
				return;
			}
			List<Element> candidates = LocatedXml.children(principals).stream()
					.filter(e -> "Principal".equals(e.getLocalName())).toList();
			Optional<Element> principal = candidates.stream()
					.filter(p -> !context.isEmpty() && context.equals(p.getAttribute("id"))).findFirst()
					.or(() -> candidates.stream().findFirst());
			principal.ifPresent(p -> {
				setChildText(task, Literals.SCHEDULED_TASK__PRINCIPAL_USER_ID, p, "UserId");
				setChildText(task, Literals.SCHEDULED_TASK__PRINCIPAL_GROUP_ID, p, "GroupId");
				setChildText(task, Literals.SCHEDULED_TASK__LOGON_TYPE, p, "LogonType");
				setChildText(task, Literals.SCHEDULED_TASK__RUN_LEVEL, p, "RunLevel");
			});
		}

		private TaskTrigger readTrigger(Element element) {
			TaskTrigger trigger = ServerFactory.eINSTANCE.createTaskTrigger();
			context.located(trigger, xml.line(element), xml.startTag(element));
			context.set(trigger, Literals.TASK_TRIGGER__KIND, element.getLocalName(), xml.line(element),
					xml.startTag(element));
			Optional<Element> enabled = LocatedXml.child(element, "Enabled");
			if (enabled.isPresent()) {
				readBoolean(trigger, Literals.TASK_TRIGGER__ENABLED, enabled.get());
			} else {
				// Task Scheduler schema: a trigger's Enabled defaults to true
				context.set(trigger, Literals.TASK_TRIGGER__ENABLED, Boolean.TRUE, xml.line(element),
						xml.startTag(element));
			}
			setChildText(trigger, Literals.TASK_TRIGGER__START_BOUNDARY, element, "StartBoundary");
			LocatedXml.child(element, "ScheduleByWeek").flatMap(week -> LocatedXml.child(week, "DaysOfWeek"))
					.ifPresent(days -> LocatedXml.children(days).forEach(day -> context.add(trigger,
							Literals.TASK_TRIGGER__DAYS_OF_WEEK, day.getLocalName(), xml.line(day), xml.startTag(day))));
			return trigger;
		}

		private TaskAction readExec(Element exec) {
			TaskAction action = ServerFactory.eINSTANCE.createTaskAction();
			context.located(action, xml.line(exec), xml.startTag(exec));
			setChildText(action, Literals.TASK_ACTION__COMMAND, exec, "Command");
			setChildText(action, Literals.TASK_ACTION__ARGUMENTS, exec, "Arguments");
			return action;
		}

		/** xs:boolean allows true/false/1/0; anything else is damage, and the value stays unknown. */
		private void readBoolean(Located owner, EAttribute feature, Element element) {
			String text = LocatedXml.text(element);
			Boolean value = switch (text == null ? "" : text) {
			case "true", "1" -> Boolean.TRUE;
			case "false", "0" -> Boolean.FALSE;
			default -> null;
			};
			if (value == null) {
				context.problem("<" + element.getLocalName() + "> on line " + xml.line(element)
						+ " is not a boolean: '" + text + "'");
				return;
			}
			setText(owner, feature, element, value);
		}

		private void setChildText(Located owner, EAttribute feature, Element parent, String localName) {
			LocatedXml.child(parent, localName).ifPresent(child -> {
				String text = LocatedXml.text(child);
				if (text != null) {
					setText(owner, feature, child, text);
				}
			});
		}

		private void setText(Located owner, EAttribute feature, Element element, Object value) {
			String text = LocatedXml.text(element);
			context.set(owner, feature, value, xml.line(element), xml.raw(element, text));
		}
	}
}

package marswb.area.scheduling.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;

/** Which tasks of the bundle are the agent's and which is Windows Server Backup's. */
final class Tasks {

	/** The agent's task folder; every task in it runs a MARS job. */
	static final String ONLINE_BACKUP_FOLDER = "\\Microsoft\\OnlineBackup\\";
	static final String WINDOWS_SERVER_BACKUP = "\\Microsoft\\Windows\\Backup\\Microsoft-Windows-WindowsBackup";

	private Tasks() {
	}

	static List<ScheduledTask> onlineBackup(Server server) {
		return server.getTasks().stream().filter(Tasks::isOnlineBackup).toList();
	}

	static boolean isOnlineBackup(ScheduledTask task) {
		return task.getPath() != null
				&& task.getPath().toLowerCase(Locale.ROOT).startsWith(ONLINE_BACKUP_FOLDER.toLowerCase(Locale.ROOT));
	}

	static Optional<ScheduledTask> windowsServerBackup(Server server) {
		return server.getTasks().stream().filter(t -> WINDOWS_SERVER_BACKUP.equalsIgnoreCase(t.getPath())).findFirst();
	}

	static Optional<ScheduledTask> byPath(Server server, String path) {
		return server.getTasks().stream().filter(t -> t.getPath() != null && t.getPath().equalsIgnoreCase(path))
				.findFirst();
	}

	/** Folder part ending with a backslash and name, as the ScheduledTasks cmdlets take them. */
	static String folderOf(String path) {
		return path.substring(0, path.lastIndexOf('\\') + 1);
	}

	static String nameOf(String path) {
		return path.substring(path.lastIndexOf('\\') + 1);
	}
}

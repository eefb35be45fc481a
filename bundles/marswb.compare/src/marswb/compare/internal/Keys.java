package marswb.compare.internal;

import java.util.Comparator;
import java.util.Date;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import marswb.model.server.Certificate;
import marswb.model.server.EventRecord;
import marswb.model.server.Job;
import marswb.model.server.ServerPackage;
import marswb.model.server.Volume;

/**
 * The natural key of each object that stands in a list of the model, so that two servers' lists are matched by
 * what the objects are, never by their position. Keys keep the case of the model (they label the objects in
 * paths); callers compare them case-insensitively, as Windows compares paths and names. Objects
 * whose key occurs more than once (two triggers of one kind) are told apart by their order of occurrence, in time
 * where the objects have a time.
 */
public final class Keys {

	private static final ServerPackage P = ServerPackage.eINSTANCE;

	private final Map<EClass, Function<EObject, String>> keys = new HashMap<>();
	private final Map<EClass, Comparator<EObject>> orders = new HashMap<>();

	/**
	 * @param sameServer both sides are the same machine (same registration machine id): jobs and certificates
	 *                   keep their identity (job id, thumbprint); between two servers those never coincide, so jobs
	 *                   match by type and start minute and certificates by subject with the host name masked
	 * @param masks      the masking of identities between the two servers
	 */
	public Keys(boolean sameServer, Masks masks) {
		key(P.getScheduledTask(), P.getScheduledTask_Path());
		keys.put(P.getVolume(), o -> {
			Volume v = (Volume) o;
			return v.getDriveLetter() != null ? v.getDriveLetter() : text(v.getPath());
		});
		key(P.getService(), P.getService_Name());
		key(P.getEndpointProbe(), P.getEndpointProbe_Target());
		key(P.getModuleFile(), P.getModuleFile_Path());
		key(P.getHotfix(), P.getHotfix_HotFixId());
		keys.put(P.getFileSpec(), o -> text(o.eGet(P.getFileSpec_FileSpec())) + "|"
				+ (Boolean.TRUE.equals(o.eGet(P.getFileSpec_IsExclude())) ? "exclude" : "include"));
		key(P.getExecutionPolicySetting(), P.getExecutionPolicySetting_Scope());
		keys.put(P.getSchannelProtocol(), o -> text(o.eGet(P.getSchannelProtocol_Protocol())) + "|"
				+ text(o.eGet(P.getSchannelProtocol_Side())));
		key(P.getArtifact(), P.getArtifact_Path());
		key(P.getShadowStorage(), P.getShadowStorage_ForVolume());
		key(P.getPnpDevice(), P.getPnpDevice_InstanceId());
		key(P.getVaultCredentials(), P.getVaultCredentials_FileName());
		key(P.getTaskTrigger(), P.getTaskTrigger_Kind());
		key(P.getTaskAction(), P.getTaskAction_Command());
		key(P.getFailedFilesList(), P.getFailedFilesList_Artifact());
		key(P.getErrorCodeCount(), P.getErrorCodeCount_Code());
		key(P.getFolderCount(), P.getFolderCount_Folder());
		key(P.getLogFile(), P.getLogFile_Artifact());
		key(P.getLogHit(), P.getLogHit_Signature());
		// events carry no id of their own; their times differ between servers, what they say does not
		keys.put(P.getEventRecord(), o -> {
			EventRecord e = (EventRecord) o;
			return e.getEventId() + "|" + e.getLevel() + "|" + masks.mask(e.getMessage());
		});
		orders.put(P.getEventRecord(), Comparator.comparing(o -> time(((EventRecord) o).getTimeCreated())));
		if (sameServer) {
			key(P.getJob(), P.getJob_JobId());
			key(P.getCertificate(), P.getCertificate_Thumbprint());
		} else {
			keys.put(P.getJob(), o -> {
				Job j = (Job) o;
				return j.getJobType() + "|" + (j.getStartTime() == null ? ""
						: j.getStartTime().toInstant().truncatedTo(ChronoUnit.MINUTES).toString());
			});
			orders.put(P.getJob(), Comparator.comparing(o -> time(((Job) o).getStartTime())));
			keys.put(P.getCertificate(), o -> {
				Certificate c = (Certificate) o;
				String name = c.getFriendlyName();
				return text(masks.mask(c.getSubject())) + (name == null || name.isEmpty() ? "" : "|" + name);
			});
		}
	}

	/**
	 * The key of an object in a list; null when its class has no entry in the table. An object of a plugin's
	 * EPackage (in {@code Server.extensions}, where classes mix) is keyed by its class name and the value of its
	 * class's ID attribute, or by its class name alone, then told apart by order, when the class declares none.
	 */
	public String of(EObject object) {
		EClass eClass = object.eClass();
		Function<EObject, String> key = keys.get(eClass);
		if (key != null) {
			return key.apply(object);
		}
		if (eClass.getEPackage() == P) {
			return null;
		}
		EAttribute id = eClass.getEIDAttribute();
		return id == null ? eClass.getName() : eClass.getName() + "|" + text(object.eGet(id));
	}

	/** Order among objects of equal key; null for the order of the list. */
	public Comparator<EObject> order(EClass eClass) {
		return orders.get(eClass);
	}

	/**
	 * Whether objects of the class get a key: a class of the core model needs its entry in the table; any other
	 * (a plugin's, or EObject, the type of the extension slot) is keyed by its class and ID attribute.
	 */
	public boolean has(EClass eClass) {
		return keys.containsKey(eClass) || eClass.getEPackage() != P;
	}

	private void key(EClass eClass, EAttribute attribute) {
		keys.put(eClass, o -> text(o.eGet(attribute)));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static long time(Date date) {
		return date == null ? Long.MIN_VALUE : date.getTime();
	}
}

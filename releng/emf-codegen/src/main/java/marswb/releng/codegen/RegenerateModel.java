package marswb.releng.codegen;

import java.io.File;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs the EMF model and edit generators outside an Eclipse IDE. Arguments: the .genmodel file, the bundle folder
 * that its modelDirectory ("/marswb.model/src-gen") names, and optionally the folder of marswb.model, which stands
 * for platform:/plugin/marswb.model/ (a plugin's model extends the core's classes through that URI). The edit code
 * goes to the sibling folder its editDirectory names ("/marswb.model.edit/src-gen"), whose plugin.properties holds
 * the display names of classes and features; a genmodel without an editDirectory gets no edit code.
 */
public final class RegenerateModel {

	private RegenerateModel() {
	}

	public static void main(String[] args) {
		if (args.length != 3) {
			System.err.println("usage: RegenerateModel <file.genmodel> <bundle folder> <marswb.model folder>");
			System.exit(2);
		}
		File genModelFile = new File(args[0]).getAbsoluteFile();
		File bundleDir = new File(args[1]).getAbsoluteFile();
		File coreModelDir = new File(args[2]).getAbsoluteFile();
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		// Inside Eclipse this factory comes from a plugin.xml; without it generate() does nothing and reports OK.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
		resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/marswb.model/", true),
				URI.createFileURI(coreModelDir.getPath() + "/"));
		Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.getPath()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		String project = URI.createURI(genModel.getModelDirectory()).segment(0);
		resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", true),
				URI.createFileURI(bundleDir.getPath() + "/"));
		// EMF gives every genmodel a default editDirectory; only one that names it gets edit code
		boolean edit = genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__EDIT_DIRECTORY);
		if (edit) {
			String editProject = URI.createURI(genModel.getEditDirectory()).segment(0);
			resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + editProject + "/", true),
					URI.createFileURI(new File(bundleDir.getParentFile(), editProject).getPath() + "/"));
		}
		genModel.reconcile();
		genModel.setCanGenerate(true);

		Generator generator = new Generator();
		generator.setInput(genModel);
		String[] projectTypes = edit
				? new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }
				: new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE };
		for (String projectType : projectTypes) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
			if (result.getSeverity() >= Diagnostic.ERROR) {
				System.err.println("EMF generation failed: " + result);
				System.exit(1);
			}
		}
		System.out.println("EMF code generated into " + bundleDir);
	}
}

/**
 * Display names of the model for people (workbench, command-line text, reports), from the EMF.Edit keys of this
 * bundle; see {@link marswb.model.edit.names.DisplayNames}.
 */
package marswb.model.edit.names;

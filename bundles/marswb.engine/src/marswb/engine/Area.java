package marswb.engine;

import java.util.List;

/**
 * A troubleshooting area as contributed to the extension point {@code marswb.engine.areas}. Our eight areas and a
 * third party's are declared alike, so every list of areas (the analysis, the comparison, the catalog, the
 * workbench) is made from these declarations and nothing names an area in code.
 *
 * @param id          stable id, lower case; the first part of its checks' ids and the value of {@code --area}
 * @param name        display name in the current language
 * @param order       position among the areas, lowest first; areas of equal order are sorted by id
 * @param icon        path of a 16x16 image inside the contributing bundle, or null
 * @param features    the model features whose values belong to this area, as {@code Class.feature} of the server
 *                    model ({@code Server.tasks}), or {@code nsURI#Class.feature} for a third party's package
 * @param contributor symbolic name of the contributing bundle
 * @since 0.1
 */
public record Area(String id, String name, int order, String icon, List<String> features, String contributor) {
}

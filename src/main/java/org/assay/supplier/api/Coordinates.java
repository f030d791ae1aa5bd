package org.assay.supplier.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;


/** A WGS 84 position. */
@Name("Coordinates")
@Description("A WGS 84 position in decimal degrees.")
public record Coordinates(
        @Description("Latitude, −90 to 90.") double latitude,
        @Description("Longitude, −180 to 180.") double longitude) {
}

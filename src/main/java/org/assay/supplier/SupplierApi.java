package org.assay.supplier;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.organisation.Organisation;
import org.assay.organisation.api.IdentifiersView;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GraphQL operations on supplier profiles and sites. Thin: maps arguments, calls {@link SupplierService}, maps results. */
@GraphQLApi
public class SupplierApi {

    @Inject
    SupplierService service;

    @Inject
    Caller caller;

    // ---- queries ----

    @Query
    @Allow(Role.SUPPLIER)
    @Transactional
    @Description("The caller's own supplier profile with its sites. Suppliers only.")
    public SupplierProfileView mySupplierProfile() {
        return SupplierProfileView.of(service.profile(caller.organisationId()));
    }

    @Query
    @Allow({Role.OPERATOR, Role.SUPPLIER})
    @Transactional
    @Description("One supplier's profile. The operator may read any supplier; a supplier only its own (others are NOT_FOUND). "
            + "Members read the profiles of their suppliers through `portfolio`.")
    public SupplierProfileView supplierProfile(@NonNull @Id @Description("Supplier organisation id.") String supplierId) {
        UUID id = Ids.parse("supplierId", supplierId);
        if (!caller.is(Role.OPERATOR) && !id.equals(caller.organisationId())) {
            throw new NotFoundException("Supplier");
        }
        return SupplierProfileView.of(service.profile(id));
    }

    /** Batch resolver: the sites of every profile in the response, in one query. */
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("The supplier's active sites, by name. Coordinates are shown to the supplier itself, the operator and "
            + "assessment bodies; members see every other field.")
    @NonNull
    public List<List<@NonNull SiteView>> sites(@Source List<SupplierProfileView> profiles) {
        Map<UUID, List<SupplierSite>> sites = service.activeSites(
                profiles.stream().map(p -> UUID.fromString(p.id())).distinct().toList());
        boolean withCoordinates = !caller.is(Role.MEMBER);
        return profiles.stream()
                .map(p -> sites.get(UUID.fromString(p.id())).stream().map(s -> SiteView.of(s, withCoordinates)).toList())
                .toList();
    }

    // ---- mutations ----

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Change the caller's own supplier profile. Omitted fields stay as they are; an empty text or list clears it. Suppliers only.")
    public SupplierProfilePayload updateSupplierProfile(@NonNull @Description("What to change.") UpdateSupplierProfileInput input) {
        return new SupplierProfilePayload(SupplierProfileView.of(service.updateProfile(new SupplierService.ProfileChange(
                input.description, input.website, input.minerals, input.stages))));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Add a site to the caller's own supplier profile. Site names are unique within a supplier (case-insensitive). Suppliers only.")
    public SitePayload createSite(@NonNull @Description("The site.") CreateSiteInput input) {
        return new SitePayload(SiteView.of(service.createSite(SiteDetails.of(input.name, input.kind, input.country,
                input.latitude, input.longitude, input.minerals, input.stage, input.inCahra, input.region)), true));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Change one of the caller's own sites. Omitted fields stay as they are. Suppliers only.")
    public SitePayload updateSite(@NonNull @Description("What to change.") UpdateSiteInput input) {
        return new SitePayload(SiteView.of(service.updateSite(Ids.parseInput("input.siteId", input.siteId),
                new SupplierService.SiteChange(input.name, input.kind, input.country, input.latitude, input.longitude,
                        Boolean.TRUE.equals(input.removeCoordinates), input.minerals, input.stage, input.inCahra, input.region)), true));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Remove one of the caller's own sites. The site is archived, not erased: it leaves the profile and its name "
            + "can be reused, but assessments that refer to it keep doing so. Suppliers only.")
    public SitePayload removeSite(@NonNull @Description("Which site.") SiteRefInput input) {
        return new SitePayload(SiteView.of(service.removeSite(Ids.parseInput("input.siteId", input.siteId)), true));
    }

    // ---- types ----

    @Name("SupplierProfile")
    @Description("A supplier's profile: its organisation, what it says about itself and its sites. Country, site kinds, "
            + "minerals, stages and CAHRA flags are public profile fields; who buys from the supplier is never part of it.")
    public record SupplierProfileView(
            @NonNull @Id @Description("Opaque id of the supplier organisation.") String id,
            @NonNull @Description("Legal name.") String name,
            @NonNull @Description("ISO 3166-1 alpha-2 country of registration.") String country,
            @NonNull @Description("Identifiers of the legal entity.") IdentifiersView identifiers,
            @Description("Short description written by the supplier; null when not given.") String description,
            @Description("Web site of the supplier; null when not given.") String website,
            @NonNull @Description("Minerals the supplier says it works in (may be empty; each site lists its own).") List<@NonNull Mineral> minerals,
            @NonNull @Description("Supply-chain stages the supplier says it works in (may be empty).") List<@NonNull SupplyChainStage> stages,
            @Description("When the supplier last changed its profile; null when it never did.") Instant updatedAt) {

        public static SupplierProfileView of(SupplierService.Profile p) {
            return of(p.organisation(), p.profile());
        }

        /** {@code profile} may be null: the supplier has not written one yet. */
        public static SupplierProfileView of(Organisation o, SupplierProfile profile) {
            return new SupplierProfileView(o.id.toString(), o.name, o.country,
                    new IdentifiersView(o.lei, o.duns, o.nationalRegistryNumber),
                    profile == null ? null : profile.description,
                    profile == null ? null : profile.website,
                    SupplierService.minerals(profile), SupplierService.stages(profile),
                    profile == null ? null : profile.updatedAt);
        }
    }

    @Name("Site")
    @Description("A supplier's site: mine, concentrator, smelter/refiner, processing plant or trading hub.")
    public record SiteView(
            @NonNull @Id @Description("Opaque id.") String id,
            @NonNull @Description("Name, unique within the supplier.") String name,
            @NonNull @Description("Kind of site.") SiteKind kind,
            @NonNull @Description("ISO 3166-1 alpha-2 country where the site is.") String country,
            @Description("Location; null when not given, and for members (exact locations are not a public profile field).") Coordinates coordinates,
            @NonNull @Description("Minerals handled at the site (at least one).") List<@NonNull Mineral> minerals,
            @NonNull @Description("Supply-chain stage of the site.") SupplyChainStage stage,
            @Description("Region of the country, as CAHRA lists name it; null when not given.") String region,
            @io.smallrye.graphql.api.Deprecated(reason = "Use `cahra { inCahra }`: a site's CAHRA status is derived from the CAHRA list in force "
                    + "(its country and region). This is the flag typed in, which counts only under the legacy list version.")
            @Description("The CAHRA flag typed in for the site (deprecated).") boolean inCahra,
            @NonNull @Description("When the site was last changed.") Instant updatedAt) {

        public static SiteView of(SupplierSite s, boolean withCoordinates) {
            Coordinates at = withCoordinates && s.latitude != null ? new Coordinates(s.latitude, s.longitude) : null;
            return new SiteView(s.id.toString(), s.name, s.kind, s.country, at, SupplierService.minerals(s), s.stage,
                    s.region, s.inCahra, s.updatedAt);
        }
    }

    @Name("Coordinates")
    @Description("A WGS 84 position in decimal degrees.")
    public record Coordinates(
            @Description("Latitude, −90 to 90.") double latitude,
            @Description("Longitude, −180 to 180.") double longitude) {
    }

    @Name("UpdateSupplierProfileInput")
    @Description("Changes to the caller's supplier profile; omitted fields stay as they are.")
    public static class UpdateSupplierProfileInput {
        @Description("Short description, up to 2000 characters; an empty text clears it.")
        public String description;
        @Description("Web site, an http(s) address up to 500 characters; an empty text clears it.")
        public String website;
        @Description("Minerals the supplier works in; replaces the list, an empty list clears it.")
        public List<@NonNull Mineral> minerals;
        @Description("Supply-chain stages the supplier works in; replaces the list, an empty list clears it.")
        public List<@NonNull SupplyChainStage> stages;
    }

    @Name("CreateSiteInput")
    @Description("A new site.")
    public static class CreateSiteInput {
        @NonNull @Description("Name, 1–200 characters, unique within the supplier (case-insensitive).")
        public String name;
        @NonNull @Description("Kind of site.")
        public SiteKind kind;
        @NonNull @Description("ISO 3166-1 alpha-2 country where the site is, e.g. CD.")
        public String country;
        @Description("Latitude in decimal degrees, −90 to 90. Give both latitude and longitude, or neither.")
        public Double latitude;
        @Description("Longitude in decimal degrees, −180 to 180. Give both latitude and longitude, or neither.")
        public Double longitude;
        @NonNull @Description("Minerals handled at the site; at least one.")
        public List<@NonNull Mineral> minerals;
        @NonNull @Description("Supply-chain stage of the site.")
        public SupplyChainStage stage;
        @Description("Region of the country, as CAHRA lists name it (e.g. `Ituri`), up to 200 characters; omit for none.")
        public String region;
        @io.smallrye.graphql.api.Deprecated(reason = "Ignored once a CAHRA list is in force: a site's CAHRA status is derived from the list "
                + "in force by its country and `region`. Until then it sets the flag the legacy list version reads.")
        @Description("The CAHRA flag as typed in (deprecated; default false).")
        public Boolean inCahra;
    }

    @Name("UpdateSiteInput")
    @Description("Changes to a site; omitted fields stay as they are.")
    public static class UpdateSiteInput {
        @NonNull @Id @Description("Site to change.")
        public String siteId;
        @Description("New name, 1–200 characters, unique within the supplier.")
        public String name;
        @Description("New kind.")
        public SiteKind kind;
        @Description("New ISO 3166-1 alpha-2 country.")
        public String country;
        @Description("New latitude, −90 to 90; give it with `longitude`.")
        public Double latitude;
        @Description("New longitude, −180 to 180; give it with `latitude`.")
        public Double longitude;
        @Description("True removes the coordinates (do not give new ones at the same time).")
        public Boolean removeCoordinates;
        @Description("New minerals; replaces the list, at least one.")
        public List<@NonNull Mineral> minerals;
        @Description("New supply-chain stage.")
        public SupplyChainStage stage;
        @Description("New region, as CAHRA lists name it; an empty text removes it.")
        public String region;
        @io.smallrye.graphql.api.Deprecated(reason = "Ignored once a CAHRA list is in force: a site's CAHRA status is derived from the list "
                + "in force by its country and `region`. Until then it sets the flag the legacy list version reads.")
        @Description("New CAHRA flag as typed in (deprecated).")
        public Boolean inCahra;
    }

    @Name("SiteRefInput")
    @Description("Refers to one of the caller's sites.")
    public static class SiteRefInput {
        @NonNull @Id @Description("Site id.")
        public String siteId;
    }

    @Description("Result of a change to a supplier profile.")
    public static class SupplierProfilePayload extends MutationPayload {
        private SupplierProfileView profile;

        public SupplierProfilePayload() {
        }

        SupplierProfilePayload(SupplierProfileView profile) {
            this.profile = profile;
        }

        @Description("The profile after the change; null when there are user errors.")
        public SupplierProfileView getProfile() {
            return profile;
        }

        @Override
        public List<String> auditTargetIds() {
            return profile == null ? List.of() : List.of(profile.id());
        }
    }

    @Description("Result of a change to a site.")
    public static class SitePayload extends MutationPayload {
        private SiteView site;

        public SitePayload() {
        }

        SitePayload(SiteView site) {
            this.site = site;
        }

        @Description("The site after the change (as it was, for a removal); null when there are user errors.")
        public SiteView getSite() {
            return site;
        }

        @Override
        public List<String> auditTargetIds() {
            return site == null ? List.of() : List.of(site.id());
        }
    }
}

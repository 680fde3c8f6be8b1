package io.vigil.compliance.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.web.VigilException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Installs shipped packs, imports OSCAL documents and answers questions about frameworks. */
@Service
public class FrameworkService {

    private static final Logger log = LoggerFactory.getLogger(FrameworkService.class);

    /** The answer to an OSCAL import: every control counts, enhancements included. */
    public record ImportResult(UUID id, String code, String title, int groups, int controls, int withdrawn) {
    }

    private final FrameworkRepository frameworks;
    private final RequirementStore requirements;
    private final MappingStore mappings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkService(FrameworkRepository frameworks, RequirementStore requirements, MappingStore mappings,
            ApplicationEventPublisher events, Clock clock) {
        this.frameworks = frameworks;
        this.requirements = requirements;
        this.mappings = mappings;
        this.events = events;
        this.clock = clock;
    }

    /** Installs a pack, or upgrades it when its revision is newer than the stored one; idempotent. */
    @Transactional
    public boolean installPack(FrameworkPacks.Pack pack) {
        Instant now = clock.instant();
        Optional<Framework> found = frameworks.findByCode(pack.code());
        if (found.isPresent() && found.get().packRevision() >= pack.revision()) {
            return false;
        }
        Framework f = found.orElseGet(() -> new Framework(UUID.randomUUID(), pack.code(), Framework.Source.PACK, now));
        f.describe(pack.title(), pack.titleZh(), pack.version(), pack.revision(), now);
        // counted before the single save: the tree is written by JDBC after the row exists
        f.counted(pack.requirements().stream().mapToInt(RequirementNode::assessableCount).sum());
        f = frameworks.saveAndFlush(f);
        requirements.replaceTree(f.id(), pack.requirements());
        events.publishEvent(AuditableEvent.of(found.isPresent() ? "UPGRADED" : "INSTALLED", "Framework", f.id(), null,
                pack.code() + " " + pack.version() + " revision " + pack.revision()).byActor("system"));
        log.info("Framework pack {} revision {} {}", pack.code(), pack.revision(), found.isPresent() ? "upgraded" : "installed");
        return true;
    }

    /** Adds the shipped mappings whose both ends exist; returns how many were new. */
    @Transactional
    public int installMappings(List<FrameworkPacks.MappingLine> lines) {
        int added = 0;
        for (FrameworkPacks.MappingLine l : lines) {
            var source = requirements.byRef(l.sourceCode(), l.sourceRef());
            var target = requirements.byRef(l.targetCode(), l.targetRef());
            if (source.isEmpty() || target.isEmpty()) {
                throw new IllegalStateException("shipped mapping refers to a missing requirement: " + l);
            }
            if (mappings.add(source.get().id(), target.get().id(), MappingStore.Relation.valueOf(l.relation()))) {
                added++;
            }
        }
        return added;
    }

    @Transactional
    public ImportResult importOscal(OscalDocument document, String fileName, UUID catalogId) {
        if (document instanceof OscalDocument.Catalog c) {
            return importCatalog(c, fileName);
        }
        return importProfile((OscalDocument.Profile) document, fileName, catalogId);
    }

    private ImportResult importCatalog(OscalDocument.Catalog c, String fileName) {
        Framework f = upsertOscal(c, fileName, null,
                c.groups().stream().mapToInt(RequirementNode::assessableCount).sum());
        requirements.replaceTree(f.id(), c.groups());
        int[] controls = new int[2];
        countControls(c.groups(), controls);
        audit(f, "IMPORTED", "OSCAL catalog " + c.title());
        return new ImportResult(f.id(), f.code(), f.title(), (int) c.groups().stream()
                .filter(g -> !g.assessable() && !g.withdrawn()).count(), controls[0], controls[1]);
    }

    private static void countControls(List<RequirementNode> nodes, int[] counts) {
        for (RequirementNode n : nodes) {
            if (n.assessable() || n.withdrawn()) {
                counts[0]++;
                if (n.withdrawn()) {
                    counts[1]++;
                }
            }
            countControls(n.children(), counts);
        }
    }

    /**
     * A profile's import href names a file (NIST's point at the XML catalog). It resolves, in order,
     * to: the catalog chosen explicitly; an imported catalog whose uuid occurs in the href; an
     * imported catalog whose file name has the same base name (any extension).
     */
    private ImportResult importProfile(OscalDocument.Profile p, String fileName, UUID catalogId) {
        Set<String> selected = new LinkedHashSet<>();
        Framework catalog = null;
        for (OscalDocument.Import imp : p.imports()) {
            catalog = resolveCatalog(imp.href(), catalogId);
            List<RequirementRow> rows = requirements.tree(catalog.id());
            Set<String> known = new java.util.HashSet<>();
            rows.forEach(r -> known.add(r.ref()));
            List<String> ids = imp.includeAll()
                    ? rows.stream().filter(r -> r.assessable() || r.withdrawn()).map(RequirementRow::ref).toList()
                    : imp.withIds();
            for (String id : ids) {
                if (!known.contains(id)) {
                    throw new VigilException(HttpStatus.UNPROCESSABLE_CONTENT, "oscal-unknown-control",
                            "compliance.oscal.unknownControl", id, catalog.title());
                }
                selected.add(id);
            }
            imp.excludedIds().forEach(selected::remove);
        }
        // the profile keeps the catalog's families as groups, with only the selected controls, flat
        List<RequirementRow> catalogRows = requirements.tree(catalog.id());
        Map<UUID, RequirementRow> byId = new HashMap<>();
        catalogRows.forEach(r -> byId.put(r.id(), r));
        Map<String, List<RequirementNode>> byGroup = new java.util.LinkedHashMap<>();
        Map<String, String> groupTitles = new HashMap<>();
        int withdrawn = 0;
        for (RequirementRow r : catalogRows) {
            if (!selected.contains(r.ref())) {
                continue;
            }
            RequirementRow group = r;
            while (group.parentId() != null) {
                group = byId.get(group.parentId());
            }
            groupTitles.put(group.ref(), group.title());
            byGroup.computeIfAbsent(group.ref(), k -> new ArrayList<>())
                    .add(new RequirementNode(r.ref(), r.title(), r.titleZh(), !r.withdrawn(), r.withdrawn(), List.of()));
            withdrawn += r.withdrawn() ? 1 : 0;
        }
        List<RequirementNode> groups = byGroup.entrySet().stream().map(e -> new RequirementNode(e.getKey(),
                groupTitles.get(e.getKey()), null, false, false, e.getValue())).toList();
        Framework f = upsertOscal(p, fileName, catalog.id(),
                groups.stream().mapToInt(RequirementNode::assessableCount).sum());
        requirements.replaceTree(f.id(), groups);
        audit(f, "IMPORTED", "OSCAL profile " + p.title() + " (" + selected.size() + " controls)");
        return new ImportResult(f.id(), f.code(), f.title(), groups.size(), selected.size(), withdrawn);
    }

    private Framework resolveCatalog(String href, UUID catalogId) {
        if (catalogId != null) {
            return frameworks.findById(catalogId).filter(f -> f.source() == Framework.Source.OSCAL
                    && f.basedOnId() == null).orElseThrow(() -> new VigilException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "oscal-catalog-not-found", "compliance.oscal.catalogNotFound", catalogId.toString()));
        }
        List<Framework> catalogs = frameworks.findBySource(Framework.Source.OSCAL).stream()
                .filter(f -> f.basedOnId() == null).toList();
        for (Framework f : catalogs) {
            if (f.oscalUuid() != null && href.contains(f.oscalUuid())) {
                return f;
            }
        }
        String stem = stem(href);
        for (Framework f : catalogs) {
            if (f.sourceFile() != null && stem.equalsIgnoreCase(stem(f.sourceFile()))) {
                return f;
            }
        }
        throw new VigilException(HttpStatus.UNPROCESSABLE_CONTENT, "oscal-catalog-not-found",
                "compliance.oscal.catalogNotFound", href);
    }

    static String stem(String href) {
        String name = href.substring(href.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private Framework upsertOscal(OscalDocument d, String fileName, UUID basedOn, int requirementCount) {
        Instant now = clock.instant();
        Framework f = frameworks.findByOscalUuid(d.uuid())
                .orElseGet(() -> new Framework(UUID.randomUUID(), "OSCAL-" + d.uuid(), Framework.Source.OSCAL, now));
        f.describe(d.title(), null, d.version(), 1, now);
        f.oscalOrigin(d.uuid(), fileName, basedOn);
        f.counted(requirementCount);
        return frameworks.saveAndFlush(f);
    }

    private void audit(Framework f, String action, String summary) {
        events.publishEvent(AuditableEvent.of(action, "Framework", f.id(), null, summary));
    }

    @Transactional(readOnly = true)
    public Page<Framework> list(Pageable pageable) {
        return frameworks.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public Framework get(UUID id) {
        return frameworks.findById(id).orElseThrow(() -> new io.vigil.shared.security.RecordNotFoundException("Framework", id));
    }

    @Transactional(readOnly = true)
    public Optional<Framework> byCode(String code) {
        return frameworks.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<RequirementRow> requirements(UUID frameworkId) {
        get(frameworkId);
        return requirements.tree(frameworkId);
    }

    public String title(Framework f, Locale locale) {
        return f.displayTitle(locale);
    }
}

package io.vigil.risk.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.spreadsheet.ExportFormat;
import io.vigil.shared.spreadsheet.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the assets a filter matches, in the caller's scope, in the import layout; audits the export. */
@Service
public class AssetExporter {

    public record Export(ExportFormat format, String filename, List<List<String>> rows) {
    }

    private final AssetService assets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetExporter(AssetService assets, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Export export(AssetFilter filter, ExportFormat format) {
        List<AssetView> views = assets.listAll(filter, Sort.by("code"));
        List<List<String>> rows = new ArrayList<>(views.size());
        for (AssetView a : views) {
            rows.add(Arrays.asList(a.code(), a.name(), a.type().name(), a.description(),
                    a.orgUnit() == null ? null : a.orgUnit().code(), a.site() == null ? null : a.site().code(),
                    a.owner() == null ? null : a.owner().username(),
                    a.custodian() == null ? null : a.custodian().username(), String.valueOf(a.confidentiality()),
                    String.valueOf(a.integrity()), String.valueOf(a.availability()), a.dataClassification().name(),
                    a.personalInformation().name(), join(a.hostnames()), join(a.ipAddresses()), join(a.urls()),
                    // only dependencies the reader may see: a hidden one has no code here
                    join(a.dependsOn().stream().filter(d -> d.code() != null).map(AssetView.AssetRef::code).toList()),
                    join(a.suppliers().stream().map(s -> s.id() == null ? s.name() : s.name() + "#" + s.id()).toList())));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.name());
        details.put("rows", rows.size());
        details.put("filter", filter.toString());
        events.publishEvent(AuditableEvent.change("EXPORTED", AssetService.ENTITY, null, filter.orgUnit(),
                "Exported " + rows.size() + " assets as " + format.name(), Map.of(), details));
        return new Export(format, "assets-" + LocalDate.now(clock) + "." + format.name().toLowerCase(Locale.ROOT),
                rows);
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining(AssetColumns.SEPARATOR));
    }

    public static void write(Export export, OutputStream out) throws IOException {
        SpreadsheetWriter.write(export.format(), "assets", AssetColumns.ALL, export.rows(), out);
    }
}

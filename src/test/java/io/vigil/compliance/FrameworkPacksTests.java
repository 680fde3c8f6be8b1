package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.compliance.internal.FrameworkPacks;
import io.vigil.compliance.internal.RequirementNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrameworkPacksTests {

    private static FrameworkPacks.Pack pack(String code) {
        return FrameworkPacks.shipped().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static void leaves(List<RequirementNode> nodes, List<RequirementNode> out) {
        for (RequirementNode n : nodes) {
            if (n.assessable()) {
                out.add(n);
            }
            leaves(n.children(), out);
        }
    }

    private static Map<String, String> reference(String file, int titleColumn) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Files.readAllLines(SharedData.file("frameworks/" + file)).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t")).forEach(c -> out.put(c[0], c[titleColumn]));
        return out;
    }

    private static Map<String, String> asMap(List<RequirementNode> nodes) {
        Map<String, String> out = new LinkedHashMap<>();
        nodes.forEach(n -> out.put(n.ref(), n.title()));
        return out;
    }

    @Test
    void iso27001PackHasExactly93AnnexAControlsInFourThemes() {
        RequirementNode annexA = pack("ISO27001").requirements().stream().filter(n -> n.ref().equals("A"))
                .findFirst().orElseThrow();
        assertThat(annexA.children()).extracting(RequirementNode::ref).containsExactly("A.5", "A.6", "A.7", "A.8");
        assertThat(annexA.children()).extracting(t -> t.children().size()).containsExactly(37, 8, 14, 34);
        assertThat(annexA.assessableCount()).isEqualTo(93);
        assertThat(pack("ISO27001").requirements()).extracting(RequirementNode::ref)
                .containsExactly("4", "5", "6", "7", "8", "9", "10", "A");
    }

    @Test
    void iso27001AnnexAMatchesTheReferenceListIdsAndTitles() throws IOException {
        List<RequirementNode> controls = new ArrayList<>();
        leaves(pack("ISO27001").requirements().stream().filter(n -> n.ref().equals("A")).toList(), controls);
        assertThat(asMap(controls)).containsExactlyEntriesOf(reference("iso27001-2022-annex-a.tsv", 2));
        assertThat(controls).allSatisfy(c -> assertThat(c.titleZh()).isNotBlank());
    }

    @Test
    void soc2PackMatchesTheReferenceCriteria() throws IOException {
        List<RequirementNode> criteria = new ArrayList<>();
        leaves(pack("SOC2").requirements(), criteria);
        assertThat(asMap(criteria)).containsExactlyEntriesOf(reference("soc2-tsc-2017.tsv", 2));
    }

    @Test
    void iso27018PackHasTheTwelveAnnexASections() throws IOException {
        List<RequirementNode> sections = new ArrayList<>();
        leaves(pack("ISO27018").requirements(), sections);
        assertThat(asMap(sections)).containsExactlyEntriesOf(reference("iso27018-2019-annex-a-sections.tsv", 1));
    }

    @Test
    void mlpsPackHasTheTenGeneralAreasAndTheCloudExtension() {
        var roots = pack("MLPS-L3").requirements();
        assertThat(roots).extracting(RequirementNode::ref).containsExactly("8.1", "8.2");
        assertThat(roots.get(0).children()).hasSize(10)
                .allSatisfy(area -> assertThat(area.children()).isNotEmpty());
        assertThat(roots.get(0).children()).extracting(RequirementNode::titleZh)
                .contains("安全物理环境", "安全通信网络", "安全区域边界", "安全计算环境", "安全管理中心",
                        "安全管理制度", "安全管理机构", "安全管理人员", "安全建设管理", "安全运维管理");
    }

    @Test
    void everyShippedPackHasUniqueRefsAndTitlesInBothLanguages() {
        Map<String, FrameworkPacks.Pack> packs = FrameworkPacks.shipped().stream()
                .collect(Collectors.toMap(FrameworkPacks.Pack::code, Function.identity()));
        assertThat(packs.keySet()).contains("ISO27001", "ISO27018", "ISO20000-1", "SOC2", "MLPS-L3", "GB50174-A", "PIPL");
        for (FrameworkPacks.Pack p : packs.values()) {
            List<RequirementNode> all = new ArrayList<>();
            collect(p.requirements(), all);
            assertThat(all).extracting(RequirementNode::ref).doesNotHaveDuplicates();
            assertThat(all).allSatisfy(n -> {
                assertThat(n.title()).isNotBlank();
                assertThat(n.titleZh()).isNotBlank();
            });
            assertThat(p.titleZh()).isNotBlank();
        }
    }

    private static void collect(List<RequirementNode> nodes, List<RequirementNode> out) {
        for (RequirementNode n : nodes) {
            out.add(n);
            collect(n.children(), out);
        }
    }

    @Test
    void everyShippedMappingRelatesTwoDifferentFrameworks() {
        assertThat(FrameworkPacks.shippedMappings()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.sourceCode()).isNotEqualTo(m.targetCode()))
                .anySatisfy(m -> assertThat(m.sourceRef() + m.targetCode()).isEqualTo("A.8.8MLPS-L3"));
    }
}

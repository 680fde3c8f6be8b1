package io.vigil.compliance.internal;

import java.util.List;

/** A requirement as a pack or an OSCAL document describes it, before it is stored. */
public record RequirementNode(String ref, String title, String titleZh, boolean assessable, boolean withdrawn,
        List<RequirementNode> children) {

    public RequirementNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public int assessableCount() {
        return (assessable ? 1 : 0) + children.stream().mapToInt(RequirementNode::assessableCount).sum();
    }
}

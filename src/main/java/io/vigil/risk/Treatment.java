package io.vigil.risk;

/** How a risk is treated (ISO/IEC 27005 options); {@code UNDECIDED} until the owner chooses. */
public enum Treatment {
    UNDECIDED, MITIGATE, TRANSFER, AVOID, ACCEPT
}

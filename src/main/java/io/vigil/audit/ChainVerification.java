package io.vigil.audit;

/**
 * The outcome of walking the whole chain.
 *
 * @param valid          every event's hash recomputes, links to its predecessor, and no sequence number is missing
 * @param eventsChecked  events read before the verdict
 * @param firstBrokenSeq the first sequence number that does not check out (a missing one, for gaps), else {@code null}
 * @param headHash       the hash the chain's head row records: anchor it elsewhere to detect a rewritten chain
 */
public record ChainVerification(boolean valid, long eventsChecked, Long firstBrokenSeq, String headHash) {

    /** The same JSON the endpoint answers, written by hand so the command needs no JSON library. */
    public String toJson() {
        return "{\"valid\":" + valid + ",\"eventsChecked\":" + eventsChecked + ",\"firstBrokenSeq\":"
                + (firstBrokenSeq == null ? "null" : firstBrokenSeq) + ",\"headHash\":\"" + headHash + "\"}";
    }
}

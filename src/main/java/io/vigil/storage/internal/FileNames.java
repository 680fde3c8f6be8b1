package io.vigil.storage.internal;

/** Keeps the last path segment of a client-supplied name, without control characters, within a length. */
final class FileNames {

    private FileNames() {
    }

    static String safe(String filename, int maxLength) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        if (name.length() > maxLength) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            name = name.substring(0, maxLength - extension.length()) + extension;
        }
        return name;
    }
}

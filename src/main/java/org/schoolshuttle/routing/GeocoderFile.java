package org.schoolshuttle.routing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The geocoder's file format: gzip over a big-endian stream of a magic number, a format version, the
 * name table, the entries, the street points and the magic number again, which tells a complete file
 * from a truncated one. Only the entries are stored; the search index is rebuilt from them on load.
 */
final class GeocoderFile {

    private static final int MAGIC = 0x53534743; // "SSGC"
    private static final int VERSION = 1;
    private static final int MAX_STRING_BYTES = 1 << 16;

    private GeocoderFile() {
    }

    /** Writes to a temporary sibling first, so a crash never leaves a half-written file under the real name. */
    static void save(GeocoderEntries entries, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16)))) {
                write(entries, out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * @throws NoSuchFileException when the file does not exist
     * @throws IOException         when it is not a geocoder file, has another version, or is damaged
     */
    static GeocoderEntries load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "geocoder index not found");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
            return read(in);
        } catch (EOFException | ZipException e) {
            throw new IOException("Geocoder index " + file + " is truncated or corrupt: " + e.getMessage(), e);
        } catch (CorruptException e) {
            throw new IOException("Geocoder index " + file + " is unusable: " + e.getMessage(), e);
        }
    }

    private static void write(GeocoderEntries entries, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(entries.nameCount());
        for (int i = 0; i < entries.nameCount(); i++) {
            PlaceNames names = entries.names(i);
            writeString(out, names.name());
            writeString(out, names.en());
            writeString(out, names.zh());
            writeString(out, names.zhAlt());
        }
        out.writeInt(entries.size());
        for (int e = 0; e < entries.size(); e++) {
            out.writeByte(entries.kind(e));
            out.writeByte(entries.rank(e));
            out.writeInt(entries.latE7(e));
            out.writeInt(entries.lonE7(e));
            out.writeInt(entries.nameId(e));
            out.writeInt(entries.cityId(e));
            writeString(out, entries.houseNumber(e));
            writeString(out, entries.postcode(e));
        }
        out.writeInt(entries.pointCount());
        for (int p = 0; p < entries.pointCount(); p++) {
            out.writeInt(entries.pointEntry(p));
            out.writeInt(entries.pointLatE7(p));
            out.writeInt(entries.pointLonE7(p));
        }
        out.writeInt(MAGIC);
    }

    private static GeocoderEntries read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new CorruptException("not a geocoder index (wrong magic number)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new CorruptException("format version " + version + ", expected " + VERSION + "; re-import the map");
        }
        GeocoderEntries entries = new GeocoderEntries();
        int nameCount = count(in.readInt(), "names");
        for (int i = 0; i < nameCount; i++) {
            String name = readString(in);
            if (name == null) {
                throw new CorruptException("name " + i + " is missing");
            }
            entries.nameId(new PlaceNames(name, readString(in), readString(in), readString(in)));
        }
        if (entries.nameCount() != nameCount) {
            throw new CorruptException("duplicate names in the name table");
        }
        int size = count(in.readInt(), "entries");
        for (int e = 0; e < size; e++) {
            byte kind = in.readByte();
            if (kind < GeocoderEntries.ADDRESS || kind > GeocoderEntries.PLACE) {
                throw new CorruptException("entry " + e + " has unknown kind " + kind);
            }
            int rank = in.readByte();
            int lat = in.readInt();
            int lon = in.readInt();
            int nameId = in.readInt();
            int cityId = in.readInt();
            String houseNumber = readString(in);
            String postcode = readString(in);
            if (kind == GeocoderEntries.ADDRESS && houseNumber == null) {
                throw new CorruptException("address entry " + e + " has no house number");
            }
            try {
                entries.add(kind, nameId, cityId, houseNumber, postcode, rank, lat, lon);
            } catch (IllegalArgumentException ex) {
                throw new CorruptException("entry " + e + ": " + ex.getMessage());
            }
        }
        int points = count(in.readInt(), "street points");
        for (int p = 0; p < points; p++) {
            int entry = in.readInt();
            int lat = in.readInt();
            int lon = in.readInt();
            try {
                entries.addStreetPoint(entry, lat, lon);
            } catch (IllegalArgumentException ex) {
                throw new CorruptException("street point " + p + ": " + ex.getMessage());
            }
        }
        if (in.readInt() != MAGIC) {
            throw new CorruptException("missing end marker");
        }
        return entries;
    }

    private static int count(int value, String what) throws CorruptException {
        if (value < 0) {
            throw new CorruptException("negative count of " + what + ": " + value);
        }
        return value;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_STRING_BYTES) {
            throw new IOException("text too long for the geocoder index (" + bytes.length + " bytes)");
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new CorruptException("bad text length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("file ends inside a text");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Damage found while reading; turned into an {@link IOException} naming the file. */
    private static final class CorruptException extends IOException {
        private static final long serialVersionUID = 1L;

        CorruptException(String message) {
            super(message);
        }
    }
}

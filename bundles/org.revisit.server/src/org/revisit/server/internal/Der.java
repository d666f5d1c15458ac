package org.revisit.server.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A small DER encoder (ITU-T X.690), with just what an X.509 certificate needs: each method returns one
 * complete encoded element (tag, length, contents).
 */
public final class Der {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
	private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

	private Der() {
	}

	public static byte[] sequence(byte[]... elements) {
		return element(0x30, concat(elements));
	}

	public static byte[] set(byte[]... elements) {
		return element(0x31, concat(elements));
	}

	public static byte[] integer(BigInteger value) {
		return element(0x02, value.toByteArray());
	}

	public static byte[] integer(long value) {
		return integer(BigInteger.valueOf(value));
	}

	public static byte[] bool(boolean value) {
		return element(0x01, new byte[] { (byte) (value ? 0xFF : 0x00) });
	}

	public static byte[] nul() {
		return element(0x05, new byte[0]);
	}

	/** An object identifier from its dotted form ({@code 2.5.4.3}). */
	public static byte[] oid(String dotted) {
		String[] arcs = dotted.split("\\.");
		if (arcs.length < 2) {
			throw new IllegalArgumentException("An OID has at least two arcs: " + dotted);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
		for (int i = 2; i < arcs.length; i++) {
			base128(out, Long.parseLong(arcs[i]));
		}
		return element(0x06, out.toByteArray());
	}

	public static byte[] utf8String(String text) {
		return element(0x0C, text.getBytes(StandardCharsets.UTF_8));
	}

	public static byte[] octetString(byte[] content) {
		return element(0x04, content);
	}

	/** A bit string of whole bytes (no unused bits). */
	public static byte[] bitString(byte[] content) {
		return bitString(content, 0);
	}

	/** A bit string whose last byte has {@code unusedBits} padding bits. */
	public static byte[] bitString(byte[] content, int unusedBits) {
		byte[] value = new byte[content.length + 1];
		value[0] = (byte) unusedBits;
		System.arraycopy(content, 0, value, 1, content.length);
		return element(0x03, value);
	}

	/** A time as X.509 wants it: UTCTime for the years 1950 to 2049, GeneralizedTime otherwise (seconds, UTC). */
	public static byte[] time(Instant instant) {
		ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
		if (utc.getYear() >= 1950 && utc.getYear() < 2050) {
			return element(0x17, UTC_TIME.format(utc).getBytes(StandardCharsets.US_ASCII));
		}
		return element(0x18, GENERALIZED_TIME.format(utc).getBytes(StandardCharsets.US_ASCII));
	}

	/** {@code [tag] EXPLICIT}: a constructed context-specific element wrapping a complete one. */
	public static byte[] explicit(int tag, byte[] element) {
		return element(0xA0 | tag, element);
	}

	/** {@code [tag] IMPLICIT} of a primitive type: the context-specific tag with the given contents. */
	public static byte[] implicit(int tag, byte[] contents) {
		return element(0x80 | tag, contents);
	}

	/** An element of {@code tag} with {@code contents}, the length in DER's definite form. */
	public static byte[] element(int tag, byte[] contents) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
		out.write(tag);
		int length = contents.length;
		if (length < 0x80) {
			out.write(length);
		} else {
			int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
			out.write(0x80 | bytes);
			for (int i = bytes - 1; i >= 0; i--) {
				out.write(length >>> (8 * i));
			}
		}
		out.writeBytes(contents);
		return out.toByteArray();
	}

	private static void base128(ByteArrayOutputStream out, long value) {
		int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
		for (int i = groups - 1; i >= 0; i--) {
			int b = (int) ((value >>> (7 * i)) & 0x7F);
			out.write(i == 0 ? b : b | 0x80);
		}
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] p : parts) {
			out.writeBytes(p);
		}
		return out.toByteArray();
	}
}

package org.revisit.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * {@code revisit cli bench import}: generates a CSV of realistic contacts, imports it through
 * {@link ContactImporter} into a fresh database, inserts the same rows with plain JDBC batches (prepared
 * statements, each batch committed on its own, no checks) into a second fresh database of the same Derby engine,
 * and reports both rates. Not a test: it prints figures.
 */
public final class ImportBenchmark {

	/** Figures of one run. */
	public record Result(int rows, long fileBytes, long importMillis, long imported, long rawMillis, long rawRows) {

		public double importRate() {
			return imported * 1000.0 / Math.max(1, importMillis);
		}

		public double rawRate() {
			return rawRows * 1000.0 / Math.max(1, rawMillis);
		}

		/** Import rate as a share of the raw rate. */
		public double ratio() {
			return importRate() / rawRate();
		}
	}

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红娥玲芬国志海燕晓东春梅文丹宇浩然子轩雨涵欣怡梓思远嘉俊鹏辉雪立新永庆";
	private static final String[] CITIES = { "北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "天津" };
	private static final String[] AREA = { "010", "021", "020", "0755", "0571", "025", "028", "027", "029", "022" };
	private static final String[] TRADES = { "科技", "信息技术", "软件", "网络", "电子", "数据", "智能", "通信" };
	private static final String[] POSITIONS = { "信息部经理", "IT主管", "网络管理员", "总经理", "财务总监", "技术总监", "采购经理" };
	private static final String[] TAGS = { "VIP", "重点客户", "新客户", "续约", "培训意向", "华东区", "华南区" };
	private static final String[] ZONES = { "Asia/Shanghai", "Asia/Shanghai", "Asia/Shanghai", "Asia/Urumqi",
			"Asia/Hong_Kong" };

	private ImportBenchmark() {
	}

	/**
	 * Runs the benchmark in {@code workDir} (which gets the CSV file and two databases; the caller deletes it).
	 * {@code log} hears about each phase.
	 */
	public static Result run(Path workDir, int rows, Consumer<String> log) throws IOException, ImportException {
		// Both paths run the same Derby code; warm it (and the import) up first so that neither measured run pays
		// for class loading and JIT compilation the other one gets for free.
		int warmUp = Math.max(1_000, Math.min(20_000, rows / 10));
		log.accept("Warming up with " + warmUp + " rows on both paths");
		Path warmUpDir = workDir.resolve("warm-up");
		measure(warmUpDir, warmUp, s -> {
		});
		deleteTree(warmUpDir);

		return measure(workDir.resolve("measured"), rows, log);
	}

	private static Result measure(Path workDir, int rows, Consumer<String> log) throws IOException, ImportException {
		Files.createDirectories(workDir);
		Path csv = workDir.resolve("contacts.csv");
		log.accept("Generating " + rows + " contacts in " + csv);
		writeCsv(csv, rows);
		// Get the new file onto the disk now, or the kernel writes it back during the first measured phase.
		try (FileChannel channel = FileChannel.open(csv, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		long bytes = Files.size(csv);

		ImportResult imported;
		long importMillis;
		long rawMillis;
		log.accept("Importing " + csv + " (" + bytes / (1024 * 1024) + " MB) through the import");
		try (Store store = Store.open(StoreConfig.embedded(workDir.resolve("import")))) {
			long t0 = System.nanoTime();
			imported = ContactImporter.run(store, csv, ImportOptions.defaults());
			importMillis = (System.nanoTime() - t0) / 1_000_000;
		}
		if (imported.rejected() > 0) {
			throw new IllegalStateException("The generated file has rejected rows: " + imported.firstRejects());
		}

		log.accept("Inserting the same rows with raw JDBC batches, committed batch by batch");
		try (Store store = Store.open(StoreConfig.embedded(workDir.resolve("raw")))) {
			long t0 = System.nanoTime();
			try (Connection c = store.connect()) {
				c.setAutoCommit(false);
				rawInsert(c, rows);
				c.commit();
			} catch (SQLException e) {
				throw new IllegalStateException("The raw insert failed: " + e.getMessage(), e);
			}
			rawMillis = (System.nanoTime() - t0) / 1_000_000;
			if (store.contacts().count() != rows) {
				throw new IllegalStateException("The raw insert stored " + store.contacts().count() + " rows");
			}
		}
		return new Result(rows, bytes, importMillis, imported.stored(), rawMillis, rows);
	}

	/** Deletes a folder and everything in it. */
	public static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** One generated contact; {@link #fields()} is its CSV row. */
	private record Generated(String name, String title, String company, String position, String mobile,
			String office, String email, String address, int birthMonth, int birthDay, int birthYear, boolean lunar,
			String zone, String customerClass, List<String> tags, boolean doNotCall) {

		List<String> fields() {
			String birthday = (birthYear > 0 ? birthYear + "-" : "") + String.format("%02d-%02d", birthMonth, birthDay);
			return List.of(name, title, company, position, mobile, office, email, address, birthday,
					lunar ? "yes" : "no", zone, customerClass, String.join(";", tags), doNotCall ? "yes" : "no");
		}
	}

	private static final List<String> HEADER = List.of("name", "title", "company", "position", "mobile",
			"office_phone", "email", "address", "birthday", "lunar", "time_zone", "customer_class", "tags",
			"do_not_call");

	/** The i-th contact; the same for the CSV and the raw insert. */
	private static Generated generate(int i) {
		Random r = new Random(0x5eed_0000L + i);
		boolean female = r.nextBoolean();
		String name = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + ""
				+ GIVEN.charAt(r.nextInt(GIVEN.length())) + (r.nextBoolean() ? GIVEN.charAt(r.nextInt(GIVEN.length())) : "");
		int city = r.nextInt(CITIES.length);
		// A multiplier prime to 10^9 maps distinct rows to distinct numbers.
		String mobile = "13" + String.format("%09d", (i * 48271L) % 1_000_000_000L);
		String office = r.nextInt(3) > 0 ? AREA[city] + "-" + (2 + r.nextInt(8)) + String.format("%07d", r.nextInt(10_000_000)) : "";
		boolean lunar = r.nextInt(3) == 0;
		int month = 1 + r.nextInt(12);
		int day = 1 + r.nextInt(lunar ? 29 : 28);
		List<String> tags = new ArrayList<>();
		for (int t = r.nextInt(3); t > 0; t--) {
			String tag = TAGS[r.nextInt(TAGS.length)];
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		return new Generated(name, female ? "女士" : "先生",
				CITIES[city] + TRADES[r.nextInt(TRADES.length)] + "有限公司", POSITIONS[r.nextInt(POSITIONS.length)],
				mobile, office, "user" + i + "@example.cn", CITIES[city] + "市" + (1 + r.nextInt(300)) + "号", month,
				day, r.nextInt(2) == 0 ? 0 : 1950 + r.nextInt(55), lunar, ZONES[r.nextInt(ZONES.length)],
				String.valueOf((char) ('A' + r.nextInt(3))), tags, r.nextInt(50) == 0);
	}

	private static void writeCsv(Path csv, int rows) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, RejectsWriter.EXCEL)) {
			printer.printRecord(HEADER);
			for (int i = 0; i < rows; i++) {
				printer.printRecord(generate(i).fields());
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/**
	 * The baseline: the same rows bound straight to prepared statements, in batches, each batch committed on its
	 * own (faster in Derby than one transaction for everything, and without the import's all-or-nothing).
	 */
	private static void rawInsert(Connection c, int rows) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO contact (id, name, title, company, position, "
				+ "email, address, birthday_cal, birthday_month, birthday_day, birthday_leap, birthday_year, time_zone, "
				+ "customer_class, do_not_call, status, version, consent) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0, FALSE)");
				PreparedStatement ph = c.prepareStatement(
						"INSERT INTO contact_phone (contact_id, seq, kind, number, invalid) VALUES (?, ?, ?, ?, FALSE)");
				PreparedStatement pt = c.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)");
				PreparedStatement ids = c.prepareStatement("UPDATE id_block SET next_id = ? WHERE name = 'contact'")) {
			int inBatch = 0;
			for (int i = 0; i < rows; i++) {
				Generated g = generate(i);
				long id = i + 1;
				p.setLong(1, id);
				p.setString(2, g.name());
				p.setString(3, g.title());
				p.setString(4, g.company());
				p.setString(5, g.position());
				p.setString(6, g.email());
				p.setString(7, g.address());
				p.setString(8, g.lunar() ? "L" : "S");
				p.setInt(9, g.birthMonth());
				p.setInt(10, g.birthDay());
				p.setBoolean(11, false);
				if (g.birthYear() > 0) {
					p.setInt(12, g.birthYear());
				} else {
					p.setNull(12, Types.SMALLINT);
				}
				p.setString(13, g.zone());
				p.setString(14, g.customerClass());
				p.setBoolean(15, g.doNotCall());
				p.addBatch();
				ph.setLong(1, id);
				ph.setInt(2, 0);
				ph.setString(3, "MOBILE");
				ph.setString(4, g.mobile());
				ph.addBatch();
				if (!g.office().isEmpty()) {
					ph.setLong(1, id);
					ph.setInt(2, 1);
					ph.setString(3, "OFFICE");
					ph.setString(4, g.office());
					ph.addBatch();
				}
				for (String tag : g.tags()) {
					pt.setLong(1, id);
					pt.setString(2, tag);
					pt.addBatch();
				}
				if (++inBatch == CsvImporter.BATCH || i == rows - 1) {
					p.executeBatch();
					ph.executeBatch();
					pt.executeBatch();
					c.commit(); // the fastest plain way: a transaction per batch (no all-or-nothing)
					inBatch = 0;
				}
			}
			ids.setLong(1, rows + 1L);
			ids.executeUpdate();
		}
	}
}

package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.revisit.core.answers.AnswerBranch;
import org.revisit.core.answers.AnswerCategory;
import org.revisit.core.answers.AnswerDocumentReader;
import org.revisit.core.answers.AnswerDocumentWriter;
import org.revisit.core.answers.AnswerEntry;
import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.BranchText;
import org.revisit.core.answers.BuiltinAnswers;
import org.revisit.core.answers.ImportProblem;
import org.revisit.core.answers.ImportResult;
import org.revisit.core.answers.LibraryCodec;

/**
 * Training documents in the layouts of the material (full-width and half-width punctuation, several speakers,
 * branches by condition and by ①②), with odd lines: every category, entry and branch as expected, every odd line
 * reported with its number.
 */
class AnswerImportTest {

	/** Full-width punctuation, 受理人, conditions in parentheses, a reply line without speaker. */
	static final String DELAYS = """
			（一）服务延时
			1、热线服务延时
			（1）客户：打了三次热线都没人接。
			受理人：非常抱歉让您久等。我现在记下您的问题，
			今天之内给您回电话。
			（2）客户：说好的回电一直没有打来。
			受理人：这是我们的疏忽，请您原谅。
			（已找到解决办法）我把办法告诉您。
			（没有找到解决办法）我马上催办，两小时内回复您。
			2、上门服务延时
			（1）客户：工程师迟到了两个小时。
			：耽误您的时间了，我马上联系工程师。
			""";

	/** Half-width, 客户:/用户：/坐席：/客服：, ①② branches, a missing category number, a stray line, a trailing customer line. */
	static final String ATTITUDE = """
			(二)服务态度
			1、态度问题
			客户:你们的人太不耐烦了。
			坐席:让您不愉快，我代表公司向您道歉。
			①.(不挂电话)请您说说当时的情况。
			②.(要求投诉)我马上为您登记投诉。
			(三)收费
			、收费不清
			用户：这笔费用我不认可。
			客服：我和您逐项核对。
			这一行不知道是什么
			(1)客户：那我再考虑一下吧。
			""";

	@Test
	void fullWidthDocumentWithBranchesAndAReplyWithoutSpeaker() {
		ImportResult r = AnswerDocumentReader.read(DELAYS);
		assertEquals(1, r.categories().size());
		AnswerCategory delay = r.categories().get(0);
		assertEquals("服务延时", delay.title());
		assertEquals(List.of("热线服务延时", "上门服务延时"), delay.children().stream().map(AnswerCategory::title).toList());
		List<AnswerEntry> hotline = delay.children().get(0).entries();
		assertEquals(2, hotline.size());
		assertEquals("打了三次热线都没人接。", hotline.get(0).customer());
		assertEquals("非常抱歉让您久等。我现在记下您的问题，今天之内给您回电话。", hotline.get(0).reply(),
				"a wrapped line continues the reply");
		AnswerEntry promised = hotline.get(1);
		assertEquals("这是我们的疏忽，请您原谅。", promised.reply());
		assertEquals(List.of("已找到解决办法", "没有找到解决办法"), promised.branches().stream().map(b -> b.condition()).toList());
		assertEquals("我马上催办，两小时内回复您。", promised.branches().get(1).reply());
		assertEquals("耽误您的时间了，我马上联系工程师。", delay.children().get(1).entries().get(0).reply());
		assertEquals("zh", promised.language());
		assertEquals(3, r.entries());
		assertEquals(2, r.branches());
		assertEquals(List.of(new ImportProblem(5, ImportProblem.Kind.GUESSED, "今天之内给您回电话。",
				ImportProblem.Reason.MORE_OF_REPLY),
				new ImportProblem(12, ImportProblem.Kind.GUESSED, "：耽误您的时间了，我马上联系工程师。",
						ImportProblem.Reason.NO_SPEAKER)), r.problems());
		assertEquals("a line without speaker, taken as more of the reply before it", r.problems().get(0).message());
	}

	@Test
	void halfWidthDocumentWithCircledBranchesAndOddLines() {
		ImportResult r = AnswerDocumentReader.read(ATTITUDE);
		assertEquals(List.of("服务态度", "收费"), r.categories().stream().map(AnswerCategory::title).toList());
		AnswerEntry attitude = r.categories().get(0).children().get(0).entries().get(0);
		assertEquals("你们的人太不耐烦了。", attitude.customer());
		assertEquals("让您不愉快，我代表公司向您道歉。", attitude.reply());
		assertEquals(List.of("① 不挂电话", "② 要求投诉"), attitude.branches().stream().map(b -> b.condition()).toList());
		assertEquals("我马上为您登记投诉。", attitude.branches().get(1).reply());

		AnswerCategory fees = r.categories().get(1).children().get(0);
		assertEquals("收费不清", fees.title(), "a heading without number is kept");
		assertEquals(2, fees.entries().size());
		assertEquals("我和您逐项核对。这一行不知道是什么", fees.entries().get(0).reply(),
				"a line after a reply is taken as more of it, and reported");
		AnswerEntry trailing = fees.entries().get(1);
		assertEquals("那我再考虑一下吧。", trailing.customer());
		assertTrue(trailing.unanswered(), "the trailing customer line is kept without reply");

		List<String> reported = r.problems().stream().map(p -> p.line() + " " + p.kind()).toList();
		assertEquals(List.of("8 GUESSED", "11 GUESSED", "12 NO_REPLY"), reported, r.problems().toString());
		assertEquals("这一行不知道是什么", r.problems().get(1).text());
	}

	@Test
	void headingsOutOfSequenceAndLinesBeforeAnyHeadingAreReported() {
		ImportResult r = AnswerDocumentReader.read("""
				前言：本资料供培训使用
				客服：没有客户的话
				(一)产品问题
				(三)售前承诺
				1、功能不符
				客户：说好有这个功能的。
				受理人：我记录下来，三个工作日内答复您。
				3、另一个
				[complaint: PRESALES_OVERPROMISE]
				客户：还是不行。
				受理人：我再帮您确认。
				[tags: complaintFollowUp, 售前]
				""");
		List<String> reported = r.problems().stream().map(p -> p.line() + " " + p.kind()).toList();
		assertEquals(List.of("1 SKIPPED", "2 SKIPPED", "4 GUESSED", "8 GUESSED"), reported, r.problems().toString());
		AnswerEntry last = r.categories().get(1).children().get(1).entries().get(0);
		assertEquals("PRESALES_OVERPROMISE", last.complaintCategory(), "a heading's details are its entries' defaults");
		assertEquals(List.of("complaintFollowUp", "售前"), last.tags());
	}

	/**
	 * Numbered steps inside replies: counting up from 1 they continue the reply, each on a line of its own; a
	 * number out of the steps' sequence is the next category; a step that could be the next category (its number
	 * is, and a customer line follows) is taken as the category and reported, unless the reply announced steps
	 * with a colon.
	 */
	static final String STEPS = """
			（一）产品问题
			1、软件出错
			（1）客户：软件一打开就报错。
			受理人：给您添麻烦了，请您按以下步骤：
			1、关机后重新开机；
			2、打开软件，看是否还报错。
			如果还报错，我马上安排工程师。
			2、无法登录
			（1）客户：登录不了。
			受理人：请您先确认网络连接正常。
			1. 打开浏览器；
			2、输入网址。
			3、数据丢失
			（1）客户：数据没了。
			受理人：我马上安排工程师协助恢复。
			（二）其他
			（1）客户：还有别的问题。
			受理人：请您这样做：
			1、记下报错的内容。
			（2）客户：好的。
			受理人：（已记下）谢谢您，
			1、我今天回电话；
			2、请您保持电话畅通。
			""";

	@Test
	void numberedStepsInsideAReplyContinueItAndAreNotCategories() {
		ImportResult r = AnswerDocumentReader.read(STEPS);
		assertEquals(List.of("产品问题", "其他"), r.categories().stream().map(AnswerCategory::title).toList());
		AnswerCategory product = r.categories().get(0);
		assertEquals(List.of("软件出错", "无法登录", "数据丢失"),
				product.children().stream().map(AnswerCategory::title).toList());
		assertEquals("给您添麻烦了，请您按以下步骤：\n1、关机后重新开机；\n2、打开软件，看是否还报错。如果还报错，我马上安排工程师。",
				product.children().get(0).entries().get(0).reply());
		assertEquals("请您先确认网络连接正常。\n1. 打开浏览器；\n2、输入网址。", product.children().get(1).entries().get(0).reply(),
				"steps without an announcing colon, half-width or full-width");
		assertEquals("数据没了。", product.children().get(2).entries().get(0).customer());
		AnswerCategory other = r.categories().get(1);
		assertEquals(List.of(), other.children(), "an announced step 1 before a customer line is a step");
		assertEquals("请您这样做：\n1、记下报错的内容。", other.entries().get(0).reply());
		assertEquals("谢谢您，\n1、我今天回电话；\n2、请您保持电话畅通。", other.entries().get(1).branches().get(0).reply(),
				"steps inside a branch continue the branch");
		assertEquals(List.of("7 GUESSED", "13 GUESSED"), r.problems().stream().map(p -> p.line() + " " + p.kind()).toList(),
				r.problems().toString());
		assertEquals(5, r.entries());

		String exported = AnswerDocumentWriter.write(new AnswerLibrary(0, r.categories()));
		assertTrue(exported.contains("步骤：\n1、关机后重新开机；\n2、"), "an export writes the steps one a line: " + exported);
		ImportResult again = AnswerDocumentReader.read(exported);
		assertEquals(List.of(), again.problems(), "the entries' ids mark the steps of the last entry as steps");
		assertEquals(r.categories(), again.categories(), "an export with steps imports as it was");
	}

	/** The reported lines are the core's NLS texts (their Chinese is checked by ScriptFindingsLanguageTest). */
	/**
	 * A customer label with its text on the next line takes that line; a TAB (a two-column table saved as text)
	 * separates cells read as lines of their own; a customer label no text follows is reported with its line and
	 * left out, so nothing the import would refuse (an empty customer, a TAB) is kept unreported.
	 */
	@Test
	void customerTextOnTheNextLineAndTabsAsSeparatorsAndAnEmptyCustomerIsReported() {
		ImportResult r = AnswerDocumentReader.read("""
				(一)服务延时
				客户：
				打了三次热线都没人接。
				受理人：非常抱歉让您久等。
				客户：工程师迟到了。\t受理人：我马上联系工程师。
				客户：
				受理人：这一条没有客户的话。
				客户：
				(二)收费
				客户：费用不对。
				受理人：我和您逐项核对。
				""");
		List<AnswerEntry> entries = r.categories().get(0).entries();
		assertEquals(List.of("打了三次热线都没人接。", "工程师迟到了。"), entries.stream().map(AnswerEntry::customer).toList());
		assertEquals(List.of("非常抱歉让您久等。", "我马上联系工程师。"), entries.stream().map(AnswerEntry::reply).toList());
		assertEquals(List.of("服务延时", "收费"), r.categories().stream().map(AnswerCategory::title).toList(),
				"a heading after an empty customer line is a heading, not the customer's text");
		assertEquals("费用不对。", r.categories().get(1).entries().get(0).customer());
		assertEquals(3, r.entries());
		assertEquals(List.of(new ImportProblem(6, ImportProblem.Kind.SKIPPED, "客户：",
				ImportProblem.Reason.CUSTOMER_EMPTY), new ImportProblem(8, ImportProblem.Kind.SKIPPED, "客户：",
				ImportProblem.Reason.CUSTOMER_EMPTY)), r.problems());
		assertTrue(r.problems().get(0).describe().contains("6"), r.problems().get(0).describe());
	}

	/**
	 * The editor's box of branches gives back every branch reply whole: the steps inside a branch (lines of its
	 * reply, one starting with a parenthesis among them) stay in it, through any number of round trips; a line a
	 * manager types after a branch without indenting it is more of that branch; text before any condition is kept
	 * as a branch without condition (which the check refuses) rather than dropped.
	 */
	@Test
	void theBoxOfBranchesKeepsEveryBranchReplyWhole() {
		List<AnswerBranch> branches = List.of(new AnswerBranch("不挂电话", "请您按以下步骤：\n1、关机\n(注意)等十秒\n2、开机"),
				new AnswerBranch("要求投诉", "我马上为您登记投诉。"),
				new AnswerBranch("two lines", "First this.\n\nThen that."));
		String text = BranchText.format(branches);
		assertEquals(branches, BranchText.parse(text));
		assertEquals(branches, BranchText.parse(BranchText.format(BranchText.parse(text))));
		assertEquals(List.of(new AnswerBranch("已找到解决办法", "我把办法告诉您。\n再确认一下。"),
				new AnswerBranch("没有找到", "我马上催办。")),
				BranchText.parse("（已找到解决办法）我把办法告诉您。\n再确认一下。\n(没有找到) 我马上催办。\n"));
		assertEquals(List.of(new AnswerBranch("", "先说这个"), new AnswerBranch("a", "b")),
				BranchText.parse("先说这个\n(a) b"));
		assertEquals(List.of(), BranchText.parse(""));
	}

	@Test
	void theReportedLinesAreSaidInThePlatformsLanguage() {
		ImportProblem reported = AnswerDocumentReader.read(STEPS).problems().get(1);
		assertEquals("3、数据丢失", reported.text());
		assertEquals("guessed", reported.kind().label());
		assertEquals(ImportProblem.Reason.STEP_OR_HEADING, reported.reason());
		assertEquals(List.of("3"), reported.args());
		assertEquals("line 13: guessed: step 3 of the reply or the next category heading: what a customer says "
				+ "follows it, taken as the heading: 3、数据丢失", reported.describe(), "the tests run in English");
	}

	@Test
	void englishDocument() {
		ImportResult r = AnswerDocumentReader.read("""
				(I) Objections
				1. Busy
				(1) Customer: I'm busy.
				Agent: When would suit you better?
				(afternoon) I will call you at three.
				(tomorrow) I will call you tomorrow morning.
				""");
		assertTrue(r.problems().isEmpty(), r.problems().toString());
		AnswerEntry busy = r.categories().get(0).children().get(0).entries().get(0);
		assertEquals("en", busy.language());
		assertEquals(2, busy.branches().size());
		assertEquals("afternoon", busy.branches().get(0).condition());
	}

	@Test
	void theBuiltInLibraryReadsCleanlyAndAnExportImportsAsItWas() {
		AnswerLibrary builtin = BuiltinAnswers.library();
		assertTrue(builtin.entries().size() >= 20, builtin.entries().size() + " entries");
		for (String kind : List.of("SERVICE_DELAY", "SERVICE_QUALITY", "ATTITUDE", "CONDUCT", "FEES", "PRODUCT_FAULT",
				"PRESALES_OVERPROMISE")) {
			for (String language : List.of("zh", "en")) {
				assertTrue(builtin.entries().stream().anyMatch(p -> kind.equals(p.entry().complaintCategory())
						&& language.equals(p.entry().language())), kind + " in " + language);
			}
		}
		assertTrue(builtin.entries().stream().anyMatch(p -> p.entry().tags().contains("doNotCall")
				&& p.entry().language().equals("en") && p.entry().reply().contains("do-not-call")));

		ImportResult again = AnswerDocumentReader.read(AnswerDocumentWriter.write(builtin));
		assertTrue(again.problems().isEmpty(), again.problems().toString());
		assertEquals(builtin.categories(), new AnswerLibrary(0, again.categories()).categories());
		assertEquals(builtin, LibraryCodec.read(LibraryCodec.write(builtin), 0));
	}

	/** Conditions written before the speaker, as some material does, are branches of the reply, not dropped. */
	@Test
	void conditionsBeforeTheSpeakerAreBranches() {
		ImportResult r = AnswerDocumentReader.read("""
				(一)服务延时
				1、回电延时
				(1)客户：说好的回电一直没有打来。
				（已找到解决办法）受理人：我把办法告诉您。
				(没有找到解决办法)受理人：我马上催办，两小时内回复您。
				(2)客户：你们的人太不耐烦了。
				坐席：让您不愉快，我代表公司向您道歉。
				①.(不挂电话)坐席：请您说说当时的情况。
				②客服：我马上为您登记投诉。
				""");
		assertEquals(List.of(), r.problems(), "every line understood");
		List<AnswerEntry> entries = r.categories().get(0).children().get(0).entries();
		assertEquals(2, entries.size());
		assertEquals("", entries.get(0).reply());
		assertEquals(List.of(new AnswerBranch("已找到解决办法", "我把办法告诉您。"),
				new AnswerBranch("没有找到解决办法", "我马上催办，两小时内回复您。")), entries.get(0).branches());
		assertEquals("让您不愉快，我代表公司向您道歉。", entries.get(1).reply());
		assertEquals(List.of(new AnswerBranch("\u2460 不挂电话", "请您说说当时的情况。"),
				new AnswerBranch("\u2461", "我马上为您登记投诉。")), entries.get(1).branches());
		assertEquals(4, r.branches());
		// and it exports and imports again as it was
		AnswerLibrary read = new AnswerLibrary(0, r.categories());
		assertEquals(read.categories(), AnswerDocumentReader.read(AnswerDocumentWriter.write(read)).categories());
	}

	/** Categories nested deeper than two levels export as 1.1、 and 1.1.1、 headings and import as they were. */
	@Test
	void deeplyNestedCategoriesRoundTrip() {
		AnswerEntry a = new AnswerEntry("e-a", "热线打不通。", "非常抱歉。", null, List.of("complaintFollowUp"), "SERVICE_DELAY", "zh");
		AnswerEntry b = new AnswerEntry("e-b", "晚上打不通。", "夜间请留言。", null, List.of(), null, "zh");
		AnswerEntry c = new AnswerEntry("e-c", "周末没人接。", "周末有值班。", null, List.of(), null, "zh");
		AnswerEntry d = new AnswerEntry("e-d", "上门迟到。", "马上联系工程师。", null, List.of(), null, "zh");
		AnswerCategory weekend = new AnswerCategory("c4", "周末", List.of(), List.of(c));
		AnswerCategory night = new AnswerCategory("c3", "夜间", List.of(weekend), List.of(b));
		AnswerCategory hotline = new AnswerCategory("c2", "热线", List.of(night), List.of(a));
		AnswerCategory onsite = new AnswerCategory("c5", "上门", List.of(), List.of(d));
		AnswerLibrary library = new AnswerLibrary(0, List.of(new AnswerCategory("c1", "服务延时", List.of(hotline, onsite),
				List.of())));
		String exported = AnswerDocumentWriter.write(library);
		assertTrue(exported.contains("1.1、夜间") && exported.contains("1.1.1、周末") && exported.contains("2、上门"), exported);
		ImportResult back = AnswerDocumentReader.read(exported);
		assertEquals(List.of(), back.problems());
		assertEquals(shape(library.categories()), shape(back.categories()), "the same tree, entries in the same places");
		assertEquals(library.entries().stream().map(AnswerLibrary.Placed::entry).toList(),
				new AnswerLibrary(0, back.categories()).entries().stream().map(AnswerLibrary.Placed::entry).toList());
		// a library read from a document (its ids made from the titles) comes back equal, ids and all
		AnswerLibrary read = new AnswerLibrary(0, back.categories());
		assertEquals(read.categories(), AnswerDocumentReader.read(AnswerDocumentWriter.write(read)).categories());
	}

	/** The titles of the categories and the ids of their entries, nested, without the categories' ids. */
	private static List<Object> shape(List<AnswerCategory> categories) {
		List<Object> shape = new java.util.ArrayList<>();
		for (AnswerCategory c : categories) {
			shape.add(List.of(c.title(), c.entries().stream().map(AnswerEntry::id).toList(), shape(c.children())));
		}
		return shape;
	}
}

package org.revisit.core.script.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.revisit.model.Action;
import org.revisit.model.AgreeCallback;
import org.revisit.model.CreateFollowUp;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.Instruction;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TargetAbsent;
import org.revisit.model.TargetLeftCompany;

/**
 * The words of the script text format, Chinese and English: answer words and actions, read and written. Each
 * action is a pattern rather than a list of spellings, so that the ways training material words the same thing
 * ({@code 确定回拨时间}, {@code 确定再次回拨时间}, {@code 另约时间}...) all read as that action.
 */
final class Vocabulary {

	static final String DEFAULT_OUTCOME = "COMPLETED";
	static final String DEFAULT_ASSIGNEE = "engineer";

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;

	/** Words that are answers on their own, so a line holding only one of them is an answer (with no action). */
	static final Set<String> ANSWER_WORDS = Set.of("是", "否", "是的", "不是", "对", "不对", "同意", "不同意", "满意",
			"不满意", "非常满意", "基本满意", "一般", "有", "没有", "无", "在", "不在", "方便", "不方便", "需要", "不需要",
			"愿意", "不愿意", "参加", "不参加", "已离职", "好", "可以", "不可以", "已解决", "未解决", "yes", "no", "agree",
			"disagree", "satisfied", "dissatisfied", "not satisfied", "very satisfied", "neutral", "absent",
			"left the company", "convenient", "not convenient", "will attend", "will not attend", "solved",
			"not solved", "none", "ok", "other");
	/** Degrees of the answer words: 比较满意, 不太方便, quite satisfied... */
	private static final Pattern GRADED_ANSWER = Pattern.compile(
			"(?:非常|很|比较|还算|基本|一般|不太|不是很|不大|不|没)?(?:满意|清楚|了解|方便|需要|愿意|同意|认可|及时|专业|准时|整洁|好|有|在)"
					+ "|(?:very|quite|fairly|rather|not\\s+very|not|mostly)\\s+(?:satisfied|happy|convenient|clear|helpful)",
			Pattern.CASE_INSENSITIVE);

	/** A step number: digits, or Chinese numerals up to 99 (转第九步). */
	private static final String NUMBER = "(\\d{1,4}|[一二三四五六七八九十]{1,3})";

	private static final Pattern GO_TO = Pattern.compile("(?:"
			// 转4 直接转9 跳转到4 转到第4步 转至4 转入第4步 进入4 继续第4题 回到2 返回第2步
			+ "(?:直接|立即|马上|即|就)?(?:跳转|转|跳|跳过|进入|继续|回到|返回|前往|进行)(?:到|至|入|向|去)?\\s*(?:第|步骤|问题)?\\s*"
			+ NUMBER + "\\s*(?:步骤|步|题|项|条|问)?"
			// go to 4, goto 4, go straight to step 4, jump/skip/move on/proceed to 4, continue with 4, back to 2
			+ "|(?:directly\\s+|immediately\\s+|just\\s+|straight\\s+)?(?:go(?:es)?\\s*(?:straight\\s+|directly\\s+)?to|goto"
			+ "|jump\\s+to|skip\\s+to|move\\s+(?:on\\s+)?to|proceed\\s+to|continue\\s+(?:with|at|to|from)"
			+ "|carry\\s+on\\s+(?:with|at)|(?:go\\s+)?back\\s+to|return\\s+to|next)"
			+ "\\s*(?:step|question|no\\.?|#)?\\s*(\\d{1,4})"
			+ "|(?:→|->|=>)\\s*(\\d{1,4}))", Pattern.CASE_INSENSITIVE);

	private static final String OUTCOME = "\\s*(?:[(（]\\s*([A-Za-z][A-Za-z0-9_]*)\\s*[)）])?";
	private static final Pattern END = Pattern.compile("(?:"
			+ "(?:礼貌地?|直接|即|可以)?(?:结束(?:本次|此次|这次)?(?:通话|访问|回访|电话|调查|对话)?|通话结束|挂机|挂断(?:电话)?)"
			+ "|(?:politely\\s+)?(?:end|close|finish|hang\\s+up|wrap\\s+up)(?:\\s+(?:the\\s+)?(?:call|conversation))?"
			+ "(?:\\s+politely)?)" + OUTCOME, Pattern.CASE_INSENSITIVE);

	private static final Pattern CALLBACK = Pattern.compile("(?:"
			// 确定回拨时间 确定再次回拨时间 约定(回拨)时间 另约时间 预约回访时间 询问方便的时间 与客户约定下次致电时间
			+ "(?:与客户|跟客户|和客户|同客户|与对方)?(?:确定|约定|预约|确认|商定|协商|另约|另行约定|重新约定|约好|询问|问清|约)"
			+ "(?:一下)?(?:一个)?(?:再次|下次|下一次|其他|另外|另一|合适|方便|可以)?的?(?:回拨|回电|回访|致电|联系|来电|拨打|电话|通话)?"
			+ "的?(?:时间|日期)(?:回拨|回电|再拨)?"
			// 再次回拨 预约回拨 稍后回拨 改天再打 择时再联系
			+ "|(?:预约|约定|安排|另约|另行|稍后|改天|择时|择日|再次|下次|晚些时候|晚点)再?(?:回拨|回电|回访|致电|联系|来电|打来|拨打|打)(?:电话)?"
			// agree a callback time, arrange another time, set up a call back, book a new time
			+ "|(?:agree|arrange|set|fix|book|schedule|make|find|ask\\s+for)(?:\\s+(?:on|up))?"
			+ "(?:\\s+(?:a|an|another|the|a\\s+new|a\\s+later|a\\s+better|a\\s+convenient))?"
			+ "\\s+(?:callback|call-back|call\\s+back|time|date|appointment)(?:\\s+(?:time|date))?"
			+ "(?:\\s+(?:to|for)\\s+(?:a\\s+)?(?:call(?:\\s*back)?|ring\\s+back))?"
			+ "|(?:call|ring|phone)\\s*back(?:\\s+later|\\s+another\\s+time)?|callback(?:\\s+later)?|try\\s+again\\s+later)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ABSENT = Pattern.compile(
			"(?:目标联系人|目标客户|目标|联系人|本人|受访人|被访人)(?:暂时)?(?:不在(?:公司|座位)?|外出|不方便接听)"
					+ "|(?:the\\s+)?target(?:\\s+person)?\\s+(?:is\\s+)?(?:absent|not\\s+available|unavailable|not\\s+in|away|out)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEFT = Pattern.compile("(?:"
			+ "(?:目标联系人|目标|联系人|本人|对方)已?经?离职"
			+ "|(?:找到?|询问|确认|问清)(?:接替人|现负责人|新负责人|现任负责人|接任者|继任者|新联系人)(?:并|并且)?(?:更新联系人(?:信息|资料)?)?"
			+ "|更新联系人(?:信息|资料)?"
			+ "|(?:the\\s+)?(?:target|contact)(?:\\s+person)?\\s+(?:has\\s+)?left(?:\\s+the\\s+company)?|left\\s+the\\s+company"
			+ "|(?:find|ask\\s+for|get)\\s+(?:the\\s+)?(?:successor|new\\s+contact|(?:current\\s+)?person\\s+(?:now\\s+)?in\\s+charge)"
			+ "(?:\\s+and\\s+update\\s+the\\s+contact)?|update\\s+the\\s+contact(?:\\s+details)?)", Pattern.CASE_INSENSITIVE);

	/** Words for the agent: thanks, apologies, promises, putting the call through. */
	private static final Pattern INSTRUCTION = Pattern.compile("(?:"
			+ "(?:向客户|对客户)?(?:表示)?(?:感谢|致谢)(?:客户|对方|支持)?"
			+ "|(?:向客户|对客户)?(?:表示)?(?:道歉|致歉|歉意)(?:并|并且)?(?:承诺(?:上报|处理|跟进|改进|反馈))?"
			+ "|承诺(?:上报|处理|跟进|改进|反馈|回复)|安抚客户(?:情绪)?"
			+ "|(?:请|麻烦)?(?:转接|转给|转交)(?:给|到|至)?\\S+"
			+ "|(?:请|麻烦)?转(?:到|至|给)?(?![\\d一二三四五六七八九十第])\\S*?"
			+ "(?:人|员|部|部门|组|经理|主管|工程师|专员|热线|坐席|客服|同事|领导)"
			+ "|(?:请|找)\\S*?(?:联系人|本人|负责人|接替人)(?:接听)?(?:电话)?|请\\S+接听(?:电话)?"
			+ "|thank(?:\\s+(?:the\\s+customer|them|him|her))?|apologi[sz]e(?:\\s+to\\s+the\\s+customer)?"
			+ "(?:\\s+and\\s+promise\\s+to\\s+(?:escalate|follow\\s+up))?|promise\\s+to\\s+(?:escalate|follow\\s+up)"
			+ "|(?:transfer|put\\s+(?:the\\s+call\\s+)?through|hand\\s+over|pass\\s+the\\s+call)\\s+to\\s+.+"
			+ "|ask\\s+for\\s+the\\s+(?:target\\s+person|person\\s+in\\s+charge|contact))", Pattern.CASE_INSENSITIVE);

	private static final Pattern RECORD = Pattern.compile(
			"(?:(?:进行|做好?|详细|如实|认真)?(?:记录下来|记录下|记录|记下来|记下|登记|备注)|(?:record|note(?:\\s+down)?|write\\s+down|take\\s+down|log)\\b)"
					+ "\\s*(?:the\\s+)?(.*?)\\s*"
					+ "(?:[\\[【]\\s*(原因|建议|日期|评分|文本|reason|suggestion|date|score|text)\\s*[\\]】])?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern FOLLOW_UP = Pattern.compile(
			"(?:(?:创建|建立|生成|提交|填写|开)(?:一张|一个)?(?:跟进单|跟进|工单|服务单|派工单)|转(?:工程师|技术人员|技术支持|售后)(?:跟进|处理)"
					+ "|(?:安排|派)(?:工程师|技术人员)(?:跟进|处理|上门)"
					+ "|create\\s+(?:a\\s+)?follow-?up|follow-?up|open\\s+a\\s+(?:ticket|follow-?up)|raise\\s+a\\s+ticket)"
					+ "\\s*(?:[(（]\\s*(.+?)\\s*[)）])?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern BRACKETED = Pattern.compile("[(（](.+)[)）]");

	/** Words that join two actions written together: 记录原因并转5, 表示感谢后结束, record it and go to 4. */
	private static final Pattern JOIN = Pattern.compile("并且|并|然后|之后|以后|后|再|且|\\s+and\\s+then\\s+|\\s+then\\s+|\\s+and\\s+",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern LEADING_JOIN = Pattern.compile("^(?:并且|并|然后|之后|随后|则|就|再|请|需要?|即|and\\s+then|then|and|please)\\s*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern TRAILING_JOIN = Pattern.compile("\\s*(?:并且|并|然后|之后|以后|后|再|且|and\\s+then|then|and)$",
			Pattern.CASE_INSENSITIVE);

	private Vocabulary() {
	}

	/** Whether {@code s} is an answer on its own; {@code 不满意/一般} and {@code 不满意或一般} are, when each part is. */
	static boolean isAnswerWord(String s) {
		String[] parts = keywords(s);
		for (String p : parts.length > 1 ? parts : new String[] { s }) {
			String w = p.strip().toLowerCase(Locale.ROOT);
			if (!ANSWER_WORDS.contains(w) && !GRADED_ANSWER.matcher(w).matches()) {
				return false;
			}
		}
		return true;
	}

	/** The alternatives a label names ({@code 好的/谢谢}, {@code 不满意或一般}), or just the label. */
	static String[] keywords(String label) {
		return label.split("\\s*(?:[/／|｜]|(?<=\\S)或者?(?=\\S))\\s*");
	}

	/**
	 * The actions a token of an answer line names, in order, or null if it names none. A token may join several
	 * ({@code 记录问题后转6}, {@code 进行记录并转9}, {@code record the reason and go to 4}) and may start with a joining
	 * word ({@code 则转5}, {@code then end}).
	 */
	static List<Action> actions(String token) {
		String t = token.strip();
		if (t.isEmpty()) {
			return null;
		}
		List<Action> found = read(t);
		if (found == null) {
			Matcher lead = LEADING_JOIN.matcher(t);
			if (lead.find() && lead.end() > 0 && lead.end() < t.length()) {
				found = read(t.substring(lead.end()));
			}
		}
		return found;
	}

	private static List<Action> read(String t) {
		Action single = action(t, false);
		if (single != null) {
			return List.of(single);
		}
		// a go-to (or, after a joining word, an end) closing the token: 记录问题后转6, 直接记录并结束
		for (int i = 1; i < t.length(); i++) {
			String tail = t.substring(i);
			boolean goTo = GO_TO.matcher(tail).matches();
			if (!goTo && !END.matcher(tail).matches()) {
				continue;
			}
			String head = t.substring(0, i).strip();
			Matcher join = TRAILING_JOIN.matcher(head);
			boolean joined = join.find();
			if (!goTo && !joined) {
				continue;
			}
			List<Action> before = actions(joined ? head.substring(0, join.start()) : head);
			if (before != null) {
				List<Action> all = new ArrayList<>(before);
				all.add(action(tail, false));
				return all;
			}
		}
		// two actions joined in the middle: 表示感谢并确定回拨时间, 记录原因并创建跟进单
		Matcher join = JOIN.matcher(t);
		while (join.find()) {
			if (join.start() == 0 || join.end() == t.length()) {
				continue;
			}
			List<Action> before = actions(t.substring(0, join.start()));
			List<Action> after = before == null ? null : actions(t.substring(join.end()));
			if (after != null) {
				List<Action> all = new ArrayList<>(before);
				all.addAll(after);
				return all;
			}
		}
		Action record = action(t, true);
		return record == null ? null : List.of(record);
	}

	/** The one action {@code t} names, or null; a record action, which takes any name, only when asked for. */
	private static Action action(String t, boolean record) {
		Matcher m;
		if ((m = GO_TO.matcher(t)).matches()) {
			GoToStep g = F.createGoToStep();
			String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
			g.setTargetStep(number(n));
			return g;
		}
		if ((m = END.matcher(t)).matches()) {
			EndCall e = F.createEndCall();
			e.setOutcomeCode(m.group(1) == null ? DEFAULT_OUTCOME : m.group(1).toUpperCase(Locale.ROOT));
			return e;
		}
		if (CALLBACK.matcher(t).matches()) {
			return F.createAgreeCallback();
		}
		if (ABSENT.matcher(t).matches()) {
			return F.createTargetAbsent();
		}
		if (LEFT.matcher(t).matches()) {
			return F.createTargetLeftCompany();
		}
		if ((m = FOLLOW_UP.matcher(t)).matches()) {
			CreateFollowUp f = F.createCreateFollowUp();
			f.setAssignee(DEFAULT_ASSIGNEE);
			if (m.group(1) != null) {
				String[] parts = m.group(1).split("[:：]", 2);
				f.setAssignee(parts[0].strip());
				if (parts.length > 1 && !parts[1].isBlank()) {
					f.setText(parts[1].strip());
				}
			}
			return f;
		}
		if (INSTRUCTION.matcher(t).matches()) {
			Instruction i = F.createInstruction();
			i.setText(t);
			return i;
		}
		if ((m = BRACKETED.matcher(t)).matches()) {
			List<Action> inner = actions(m.group(1));
			if (inner != null && inner.size() == 1) {
				return inner.get(0);
			}
			Instruction i = F.createInstruction();
			i.setText(m.group(1).strip());
			return i;
		}
		if (record && (m = RECORD.matcher(t)).matches()) {
			boolean chinese = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			RecordField r = F.createRecordField();
			String name = m.group(1).strip();
			r.setFieldName(name.isEmpty() ? (chinese ? "情况" : "details") : name);
			r.setKind(m.group(2) != null ? kind(m.group(2)) : inferKind(r.getFieldName()));
			return r;
		}
		return null;
	}

	private static int number(String n) {
		if (Character.isDigit(n.charAt(0))) {
			return Integer.parseInt(n);
		}
		String digits = "一二三四五六七八九";
		int ten = n.indexOf('十');
		if (ten < 0) {
			return digits.indexOf(n.charAt(0)) + 1;
		}
		int tens = ten == 0 ? 1 : digits.indexOf(n.charAt(0)) + 1;
		int units = ten == n.length() - 1 ? 0 : digits.indexOf(n.charAt(ten + 1)) + 1;
		return tens * 10 + units;
	}

	static RecordKind inferKind(String fieldName) {
		String n = fieldName.toLowerCase(Locale.ROOT);
		if (containsAny(n, "评分", "分数", "打分", "满意度", "score", "rating")) {
			return RecordKind.SCORE;
		}
		if (containsAny(n, "日期", "时间", "date", "time", "when")) {
			return RecordKind.DATE;
		}
		if (containsAny(n, "建议", "意见", "suggestion", "advice", "idea")) {
			return RecordKind.SUGGESTION;
		}
		if (containsAny(n, "原因", "情况", "问题", "理由", "reason", "why", "detail", "problem", "issue")) {
			return RecordKind.REASON;
		}
		return RecordKind.TEXT;
	}

	private static RecordKind kind(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "原因", "reason" -> RecordKind.REASON;
		case "建议", "suggestion" -> RecordKind.SUGGESTION;
		case "日期", "date" -> RecordKind.DATE;
		case "评分", "score" -> RecordKind.SCORE;
		default -> RecordKind.TEXT;
		};
	}

	private static boolean containsAny(String s, String... words) {
		for (String w : words) {
			if (s.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/** How {@code action} is written in the given language ("zh" or anything else for English). */
	static String write(Action action, boolean zh) {
		if (action instanceof GoToStep g) {
			return (zh ? "转" : "go to ") + g.getTargetStep();
		}
		if (action instanceof EndCall e) {
			String code = e.getOutcomeCode();
			String word = zh ? "结束" : "end";
			return code == null || code.isEmpty() || code.equals(DEFAULT_OUTCOME) ? word
					: word + (zh ? "(" : " (") + code + ")";
		}
		if (action instanceof AgreeCallback) {
			return zh ? "确定回拨时间" : "agree a callback time";
		}
		if (action instanceof TargetAbsent) {
			return zh ? "目标不在" : "target absent";
		}
		if (action instanceof TargetLeftCompany) {
			return zh ? "联系人已离职" : "left the company";
		}
		if (action instanceof Instruction i) {
			String text = i.getText() == null ? "" : i.getText();
			return readsAsInstruction(text) ? text : (zh ? "（" + text + "）" : "(" + text + ")");
		}
		if (action instanceof CreateFollowUp f) {
			String word = zh ? "创建跟进单(" : "create follow-up (";
			String assignee = f.getAssignee() == null ? DEFAULT_ASSIGNEE : f.getAssignee();
			if (f.getText() != null && !f.getText().isEmpty()) {
				return word + assignee + ": " + f.getText() + ")";
			}
			return assignee.equals(DEFAULT_ASSIGNEE) ? word.substring(0, word.length() - (zh ? 1 : 2))
					: word + assignee + ")";
		}
		if (action instanceof RecordField r) {
			String name = r.getFieldName() == null || r.getFieldName().isEmpty() ? (zh ? "情况" : "details")
					: r.getFieldName();
			String text = (zh ? "记录" : "record ") + name;
			if (inferKind(name) != r.getKind()) {
				text += "[" + List.of("reason", "suggestion", "date", "score", "text").get(r.getKind().getValue()) + "]";
			}
			return text;
		}
		throw new IllegalArgumentException("no text form for " + action.eClass().getName());
	}

	/** Whether an instruction's text, written bare in an answer line, reads back as the same instruction. */
	private static boolean readsAsInstruction(String text) {
		if (!ScriptReader.tokens(text).equals(List.of(text))) {
			return false;
		}
		List<Action> read = actions(text);
		return read != null && read.size() == 1 && read.get(0) instanceof Instruction i && text.equals(i.getText());
	}
}

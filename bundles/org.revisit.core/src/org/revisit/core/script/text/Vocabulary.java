package org.revisit.core.script.text;

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

/** The words of the script text format, Chinese and English: answer words and actions, read and written. */
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

	private static final Pattern GO_TO = Pattern.compile(
			"(?:转到|转至|转入|转|跳转到|跳转至|跳转|跳到|跳至|进入|继续|→|->|=>|go\\s*to|goto|jump\\s+to|continue\\s+(?:with|at)|next)"
					+ "\\s*(?:第|step\\s*)?\\s*(\\d{1,4})\\s*(?:步|题)?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern END = Pattern.compile(
			"(?:结束通话|通话结束|结束|end(?:\\s+(?:the\\s+)?call)?|close(?:\\s+the\\s+call)?|finish)"
					+ "\\s*(?:[(（]\\s*([A-Za-z][A-Za-z0-9_]*)\\s*[)）])?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern RECORD = Pattern.compile(
			"(?:记录下?|记下|登记|(?:record|note(?:\\s+down)?|write\\s+down)\\b)\\s*(?:the\\s+)?(.*?)\\s*"
					+ "(?:[\\[【]\\s*(原因|建议|日期|评分|文本|reason|suggestion|date|score|text)\\s*[\\]】])?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern FOLLOW_UP = Pattern.compile(
			"(?:创建跟进单|建立跟进单|创建跟进|提交工单|生成工单|转工程师跟进|转工程师处理|create\\s+(?:a\\s+)?follow-?up|follow-?up|open\\s+a\\s+ticket)"
					+ "\\s*(?:[(（]\\s*(.+?)\\s*[)）])?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern BRACKETED = Pattern.compile("[(（](.+)[)）]");

	private static final Set<String> CALLBACK = Set.of("确定回拨时间", "约定时间", "约定回拨时间", "预约回拨时间",
			"预约回拨", "另约时间", "确定时间", "确认回拨时间", "约定回访时间", "确定回访时间", "agree a callback time",
			"agree callback time", "agree a time", "arrange a callback", "callback", "call back later");
	private static final Set<String> ABSENT = Set.of("目标不在", "联系人不在", "本人不在", "target absent",
			"target not available", "target person absent");
	private static final Set<String> LEFT = Set.of("联系人已离职", "目标已离职", "找接替人", "更新联系人",
			"找到接替人并更新联系人", "left the company", "target left the company", "find the successor",
			"update the contact");
	private static final Set<String> INSTRUCTIONS = Set.of("表示感谢", "感谢", "致谢", "感谢客户", "道歉", "致歉",
			"表示歉意", "致歉并承诺上报", "道歉并承诺上报", "承诺上报", "承诺处理", "转目标联系人", "请目标联系人接听",
			"thank", "thank the customer", "apologise", "apologize", "apologise and promise to escalate",
			"apologize and promise to escalate", "promise to escalate", "ask for the target person",
			"transfer to the target person");

	private Vocabulary() {
	}

	static boolean isAnswerWord(String s) {
		return ANSWER_WORDS.contains(s.toLowerCase(Locale.ROOT));
	}

	/** The action a token of an answer line names, or null. */
	static Action action(String token) {
		String t = token.strip();
		String lower = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		Matcher m;
		if ((m = GO_TO.matcher(t)).matches()) {
			GoToStep g = F.createGoToStep();
			g.setTargetStep(Integer.parseInt(m.group(1)));
			return g;
		}
		if ((m = END.matcher(t)).matches()) {
			EndCall e = F.createEndCall();
			e.setOutcomeCode(m.group(1) == null ? DEFAULT_OUTCOME : m.group(1).toUpperCase(Locale.ROOT));
			return e;
		}
		if (CALLBACK.contains(lower)) {
			return F.createAgreeCallback();
		}
		if (ABSENT.contains(lower)) {
			return F.createTargetAbsent();
		}
		if (LEFT.contains(lower)) {
			return F.createTargetLeftCompany();
		}
		if (INSTRUCTIONS.contains(lower)) {
			Instruction i = F.createInstruction();
			i.setText(t);
			return i;
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
		if ((m = RECORD.matcher(t)).matches()) {
			boolean chinese = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			RecordField r = F.createRecordField();
			String name = m.group(1).strip();
			r.setFieldName(name.isEmpty() ? (chinese ? "情况" : "details") : name);
			r.setKind(m.group(2) != null ? kind(m.group(2)) : inferKind(r.getFieldName()));
			return r;
		}
		if ((m = BRACKETED.matcher(t)).matches()) {
			Action inner = action(m.group(1));
			if (inner != null) {
				return inner;
			}
			Instruction i = F.createInstruction();
			i.setText(m.group(1).strip());
			return i;
		}
		return null;
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
			return INSTRUCTIONS.contains(text.toLowerCase(Locale.ROOT)) ? text : (zh ? "（" + text + "）" : "(" + text + ")");
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
}

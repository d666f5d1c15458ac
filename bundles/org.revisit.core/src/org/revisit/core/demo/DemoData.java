package org.revisit.core.demo;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.Planner;
import org.revisit.core.sim.SimulatedHistory;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Campaign;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.CampaignState;
import org.revisit.store.ContactLoad;
import org.revisit.store.Store;
import org.revisit.store.Tx;

/**
 * Demo data: contacts with Chinese names at Chinese companies, some with birthdays today and this week
 * (solar and lunar), a few campaigns, and the birthday calls of the coming week, so that a first start
 * shows a working day. The generator is deterministic for a given database size.
 */
public final class DemoData {

	/** Call type ids of the demo campaigns; the built-in call types use the same ids. */
	public static final String BIRTHDAY = "org.revisit.calltype.birthday";
	public static final String HOLIDAY = "org.revisit.calltype.holiday";
	public static final String RETURN_VISIT = "org.revisit.calltype.returnVisit";
	public static final String FIRST_VISIT = "org.revisit.calltype.firstVisit";
	public static final String HOTLINE_SUPERVISION = "org.revisit.calltype.hotlineSupervision";
	private static final String PREFIX = "org.revisit.calltype.";
	/** Contacts drawn, and events and callbacks inserted, at a time. */
	private static final int BATCH = 10_000;
	/** Two in every 40 demo contacts have a promised callback due today or this week. */
	private static final int PROMISE_EVERY = 20;
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final Map<String, String> TEAM = Map.of("company", "瑞信科技", "agent.number", "1024",
			"hotline.support", "400-820-1234", "hotline.supervision", "400-820-5678", "callback.hours", "24");
	private static final String[] ENGINEERS = { "张工", "李工", "王工", "赵工", "陈工" };
	private static final String[] COMPLAINTS = { "发票开错", "配件迟迟未到", "客服电话打不通", "维修后仍有故障" };
	private static final Map<ServiceEventKind, String[]> SUBJECTS = Map.of(
			ServiceEventKind.PURCHASE, new String[] { "购买服务器", "购买打印机", "续购软件许可", "购买网络设备" },
			ServiceEventKind.HOTLINE_TICKET, new String[] { "打印机卡纸", "无法登录系统", "网络时断时续", "邮件收不到" },
			ServiceEventKind.ONSITE_VISIT, new String[] { "上门更换硬盘", "上门安装调试", "机房巡检" },
			ServiceEventKind.TRAINING, new String[] { "系统管理员培训", "新功能培训", "安全意识培训" },
			ServiceEventKind.COMPLAINT, COMPLAINTS);

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬建国建华志强志明海燕晓东晓明春梅文静丹宇浩然子轩雨涵欣怡梓涵思远嘉怡俊杰鹏辉雪梅立新永刚国庆";
	private static final String[] CITIES = { "北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "天津", "重庆",
			"苏州", "长沙", "郑州", "济南", "青岛", "沈阳", "大连", "厦门", "昆明", "乌鲁木齐", "哈尔滨" };
	private static final String[] AREA_CODES = { "010", "021", "020", "0755", "0571", "025", "028", "027", "029", "022",
			"023", "0512", "0731", "0371", "0531", "0532", "024", "0411", "0592", "0871", "0991", "0451" };
	private static final String[] TRADES = { "科技", "信息技术", "软件", "网络", "电子", "数据", "智能", "通信", "自动化", "系统集成" };
	private static final String[] NAMES = { "华信", "中盛", "天合", "远航", "博达", "恒通", "瑞丰", "新元", "金桥", "东方", "宏图",
			"创新", "明远", "正泰", "鼎新", "安捷" };
	private static final String[] POSITIONS = { "信息部经理", "IT主管", "网络管理员", "总经理", "财务总监", "行政主管", "技术总监",
			"采购经理", "系统工程师" };

	private DemoData() {
	}

	/**
	 * The demo's today: the day in China, where the demo contacts live, as {@code clock} tells it. On a machine in
	 * another zone its own date can be a day behind (a machine in UTC until 08:00 in China), which would plan
	 * every demo call on a day already over for the contacts.
	 */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(CHINA));
	}

	/** The data set a new database gets on its first start: 300 contacts, the demo campaigns, their calls. */
	public static void seed(Store store, LocalDate today) {
		addContacts(store, 300, today);
	}

	/**
	 * Adds {@code count} demo contacts with their service events and promised callbacks in one transaction,
	 * the demo campaigns (one per built-in call type) if the database has none, then plans the coming
	 * {@value Planner#DEFAULT_DAYS} days as of 08:00 on {@code today} in China, so that a first start shows a
	 * working day: birthdays, a hotline ticket to check, callbacks promised for today, return visits due.
	 *
	 * @return the number of call tasks created
	 */
	public static int addContacts(Store store, int count, LocalDate today) {
		return addContacts(store, count, today, SimulatedHistory.daysFor(store, count));
	}

	/**
	 * As {@link #addContacts(Store, int, LocalDate)}, with {@code historyDays} days of a simulated team's work
	 * before {@code today} ({@link SimulatedHistory}; 0: none).
	 */
	public static int addContacts(Store store, int count, LocalDate today, int historyDays) {
		return addContacts(store, count, today, historyDays, null);
	}

	/**
	 * As {@link #addContacts(Store, int, LocalDate, int)}, telling {@code progress} (may be {@code null}) each
	 * simulated day of the history.
	 */
	public static int addContacts(Store store, int count, LocalDate today, int historyDays, Consumer<String> progress) {
		return addContacts(store, count, today, historyDays, progress, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #addContacts(Store, int, LocalDate, int, Consumer)}, with about {@code promises} promised callbacks
	 * among the new contacts instead of one for every {@value #PROMISE_EVERY} (never more): a simulated team of a
	 * few agents cannot keep 50,000 promises falling due in one week, which is what a million demo contacts would
	 * bring. Only which contacts get a promise changes; everything else drawn stays the same.
	 */
	public static int addContacts(Store store, int count, LocalDate today, int historyDays, Consumer<String> progress,
			int promises) {
		if (count < 0) {
			throw new IllegalArgumentException("The number of contacts must not be negative: " + count);
		}
		long existing = store.contacts().count();
		long seed = 20261123L + existing;
		boolean firstDemo = store.campaigns().list().isEmpty();
		// promises go to four contacts in each block of 80 that is kept (two due today, two later in the week):
		// every block, or one in 'thinning'
		long thinning = promises <= 0 ? Long.MAX_VALUE : Math.max(1, Math.ceilDiv((long) count / PROMISE_EVERY, promises));
		try (ContactLoad load = new ContactLoad()) {
			store.transaction(tx -> {
				// First pass: the contacts, staged (their events are drawn to keep the random sequence, then
				// dropped: they need the contacts' ids, which the store gives when it publishes the load).
				generate(seed, count, existing, today, load, null, thinning);
				if (firstDemo) {
					store.campaigns().insert(tx, demoCampaigns(today));
					store.campaigns().insert(tx, List.of(campaign(RETURN_VISIT, "春季满意度回访（暂停）", 50, month(today), null),
							campaign(RETURN_VISIT, "上季度客户回访（已结束）", 50, month(today).minusMonths(3), month(today).minusDays(1))));
				}
				long first = load.publish(tx);
				// Second pass: the same sequence again, now with the ids, for the events and callbacks.
				generate(seed, count, existing, today, null, new Ids(first, tx, store), thinning);
				return null;
			});
		}
		if (store.settings().setting("placeholder.company", null) == null) {
			// what the demo team's scripts say about the team itself
			TEAM.forEach((name, value) -> store.settings().setSetting("placeholder." + name, value));
		}
		SimulatedHistory.run(store, today, historyDays, progress);
		if (firstDemo) {
			// managers find campaigns in every state: the last two are paused and ended
			List<Campaign> all = store.campaigns().list();
			for (Campaign campaign : all) {
				if (campaign.getName().endsWith("（暂停）")) {
					store.campaigns().changeState(campaign.getId(), CampaignState.PAUSED, null, "demo");
				} else if (campaign.getName().endsWith("（已结束）")) {
					store.campaigns().changeState(campaign.getId(), CampaignState.ENDED, "季度回访已完成", "demo");
				}
			}
		}
		Instant now = today.atTime(8, 0).atZone(CHINA).toInstant();
		return new Planner(store, CallTypeRegistry.read()).plan(Horizon.of(today, Planner.DEFAULT_DAYS), now, "demo",
				null).created();
	}

	/** Where the second pass of {@link #generate} writes: the first id of the published contacts, on {@code tx}. */
	private record Ids(long first, Tx tx, Store store) {
	}

	/**
	 * Draws {@code count} demo contacts and their history from {@code seed}, {@value #BATCH} at a time, always in
	 * the same order (so both passes see the same people): stages the contacts into {@code load} if given; with
	 * {@code ids}, gives each contact its published id and inserts the batch's events and callbacks.
	 */
	private static void generate(long seed, int count, long existing, LocalDate today, ContactLoad load, Ids ids,
			long thinning) throws SQLException {
		Random random = new Random(seed);
		List<Contact> contacts = new ArrayList<>(Math.min(count, BATCH));
		for (int i = 0; i < count; i++) {
			contacts.add(contact(random, existing + i, today));
			if (contacts.size() == BATCH || i == count - 1) {
				int start = i + 1 - contacts.size();
				if (load != null) {
					contacts.forEach(load::add);
				}
				List<ServiceEvent> events = new ArrayList<>();
				List<Callback> callbacks = new ArrayList<>();
				history(random, contacts, existing + start, today, events, callbacks, thinning);
				if (ids != null) {
					for (int k = 0; k < contacts.size(); k++) {
						contacts.get(k).setId(ids.first() + start + k);
					}
					ids.store().events().insert(ids.tx(), events);
					ids.store().callbacks().insert(ids.tx(), callbacks, 0);
				}
				contacts.clear();
			}
		}
	}

	private static LocalDate month(LocalDate today) {
		return today.withDayOfMonth(1);
	}

	private static List<Campaign> demoCampaigns(LocalDate today) {
		LocalDate year = today.withDayOfYear(1);
		LocalDate month = today.withDayOfMonth(1);
		List<Campaign> result = new ArrayList<>();
		result.add(campaign(BIRTHDAY, "客户生日祝福", 40, year, null));
		result.add(campaign(HOLIDAY, "节日问候", 30, year, null));
		result.add(campaign(RETURN_VISIT, "季度客户回访", 50, month, today.plusMonths(3)));
		result.add(campaign(FIRST_VISIT, "新客户首访", 60, month, null));
		result.add(campaign(HOTLINE_SUPERVISION, "热线服务监督回访", 75, month, null));
		result.add(campaign(PREFIX + "onsiteSupervision", "上门服务监督回访", 73, month, null));
		result.add(campaign(PREFIX + "trainingSupervision", "培训效果回访", 70, month, null));
		result.add(campaign(PREFIX + "promisedCallback", "约定回电", 100, year, null));
		result.add(campaign(PREFIX + "complaintFollowUp", "投诉跟进", 90, year, null));
		Campaign invitation = campaign(PREFIX + "eventInvitation", "年度客户答谢会邀请", 45, month, today.plusDays(20));
		invitation.getParameters().put("eventDate", today.plusDays(21).toString());
		invitation.setTargetFilter("tag:VIP");
		result.add(invitation);
		Campaign material = campaign(PREFIX + "materialNotice", "年度服务手册寄送通知", 35, month, null);
		material.getParameters().put("mailedOn", today.minusDays(2).toString());
		material.setTargetFilter("tag:重点客户");
		result.add(material);
		return result;
	}

	/**
	 * Service events and promised callbacks of the new contacts: purchases over the last four months,
	 * hotline tickets of today and yesterday, on-site visits, trainings, complaints (five of them about the
	 * same matter, a collective complaint) and callbacks promised for today and this week.
	 */
	private static void history(Random random, List<Contact> contacts, long first, LocalDate today,
			List<ServiceEvent> events, List<Callback> callbacks, long thinning) {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		long index = first - 1;
		for (Contact contact : contacts) {
			index++;
			if (random.nextInt(10) < 4) {
				events.add(event(f, contact, ServiceEventKind.PURCHASE, today.minusDays(1 + random.nextInt(120)), random));
			}
			int roll = random.nextInt(100);
			if (roll < 4) {
				events.add(event(f, contact, ServiceEventKind.HOTLINE_TICKET, today.minusDays(random.nextInt(2)), random));
			} else if (roll < 6) {
				events.add(event(f, contact, ServiceEventKind.ONSITE_VISIT, today.minusDays(1), random));
			} else if (roll < 8) {
				events.add(event(f, contact, ServiceEventKind.TRAINING, today.minusDays(7), random));
			} else if (roll < 10 || collective(index)) {
				ServiceEvent complaint = event(f, contact, ServiceEventKind.COMPLAINT, today.minusDays(random.nextInt(40)), random);
				boolean collective = collective(index);
				complaint.setComplaintCategory(collective ? ComplaintCategory.SERVICE_DELAY
						: ComplaintCategory.get(1 + random.nextInt(7)));
				complaint.setSubject(collective ? "上门维修迟到" : COMPLAINTS[random.nextInt(COMPLAINTS.length)]);
				if (collective) {
					complaint.setOccurredAt(Date.from(today.minusDays(2).atTime(10, 0).atZone(CHINA).toInstant()));
				}
				events.add(complaint);
			}
			if (index % 40 == 3 || index % 40 == 17) {
				Callback callback = f.createCallback();
				callback.setContact(contact);
				LocalDate day = index % 80 < 40 ? today : today.plusDays(1 + random.nextInt(5));
				callback.setDueAt(Date.from(day.atTime(index % 40 == 3 ? 10 : 15, 30).atZone(CHINA).toInstant()));
				callback.setSource(index % 3 == 0 ? CallbackSource.COMPLAINT : CallbackSource.CALL);
				callback.setReason(index % 3 == 0 ? "投诉处理结果回复" : "客户约定回电");
				callback.setOwner(contact.getOwningAgent());
				if ((index / 80) % thinning == 0) {
					callbacks.add(callback);
				}
			}
		}
	}

	/** Six of the first 360 demo contacts complained about the same matter two days ago. */
	private static boolean collective(long index) {
		return index % 60 == 5 && index < 360;
	}

	private static ServiceEvent event(RevisitFactory f, Contact contact, ServiceEventKind kind, LocalDate day,
			Random random) {
		ServiceEvent e = f.createServiceEvent();
		e.setKind(kind);
		e.setContact(contact);
		e.setOccurredAt(Date.from(day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(CHINA).toInstant()));
		e.setEngineer(ENGINEERS[random.nextInt(ENGINEERS.length)]);
		e.setSubject(SUBJECTS.get(kind)[random.nextInt(SUBJECTS.get(kind).length)]);
		return e;
	}

	/** The English names of the demo campaigns, which the English workbench shows. */
	private static final Map<String, String> ENGLISH_NAMES = Map.ofEntries(
			Map.entry("春季满意度回访（暂停）", "Spring satisfaction survey (paused)"),
			Map.entry("上季度客户回访（已结束）", "Last quarter's return visits (ended)"),
			Map.entry("客户生日祝福", "Customer birthday wishes"), Map.entry("节日问候", "Holiday greetings"),
			Map.entry("季度客户回访", "Quarterly return visits"), Map.entry("新客户首访", "First visit to new customers"),
			Map.entry("热线服务监督回访", "Hotline service check"), Map.entry("上门服务监督回访", "On-site service check"),
			Map.entry("培训效果回访", "Training follow-up"), Map.entry("约定回电", "Promised callbacks"),
			Map.entry("投诉跟进", "Complaint follow-up"), Map.entry("年度客户答谢会邀请", "Annual customer event invitation"),
			Map.entry("年度服务手册寄送通知", "Annual service handbook mailing"));

	private static Campaign campaign(String callType, String name, int priority, LocalDate from, LocalDate to) {
		Campaign campaign = RevisitFactory.eINSTANCE.createCampaign();
		campaign.setCallTypeId(callType);
		campaign.setName(name);
		campaign.setNameEn(ENGLISH_NAMES.get(name));
		campaign.setPriority(priority);
		campaign.setActiveFrom(from);
		campaign.setActiveTo(to);
		campaign.setActive(true);
		return campaign;
	}

	private static Contact contact(Random random, long index, LocalDate today) {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		Contact contact = f.createContact();
		boolean female = random.nextBoolean();
		String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		contact.setName(surname + given(random));
		contact.setTitle(female ? "女士" : "先生");
		int city = random.nextInt(CITIES.length);
		contact.setCompany(CITIES[city] + NAMES[random.nextInt(NAMES.length)] + TRADES[random.nextInt(TRADES.length)]
				+ "有限公司");
		contact.setPosition(POSITIONS[random.nextInt(POSITIONS.length)]);
		contact.setEmail("user" + (index + 1) + "@example.cn");
		contact.setAddress(CITIES[city] + "市" + (1 + random.nextInt(300)) + "号");
		PhoneNumber mobile = f.createPhoneNumber();
		mobile.setType(PhoneType.MOBILE);
		mobile.setNumber("1" + (3 + random.nextInt(7)) + digits(random, 9));
		contact.getPhones().add(mobile);
		if (random.nextInt(3) > 0) {
			PhoneNumber office = f.createPhoneNumber();
			office.setType(PhoneType.OFFICE);
			office.setNumber(AREA_CODES[city] + "-" + (2 + random.nextInt(8)) + digits(random, 7));
			contact.getPhones().add(office);
		}
		Birthday birthday = f.createBirthday();
		LocalDate date;
		if (index % 25 == 0) {
			date = today; // a few birthdays today
		} else if (index % 7 == 0) {
			date = today.plusDays(1 + random.nextInt(6)); // and some this week
		} else {
			date = LocalDate.ofYearDay(2001, 1 + random.nextInt(365));
		}
		boolean lunar = index % 25 != 0 && index % 7 != 0 && random.nextInt(3) == 0;
		birthday.setCalendar(lunar ? CalendarKind.LUNAR : CalendarKind.SOLAR);
		birthday.setMonth(date.getMonthValue());
		birthday.setDay(lunar ? Math.min(date.getDayOfMonth(), 29) : date.getDayOfMonth());
		int year = random.nextInt(4) == 0 ? 0 : 1955 + random.nextInt(45);
		if (!lunar && date.getMonthValue() == 2 && date.getDayOfMonth() == 29 && !Year.isLeap(year)) {
			year = 0; // a 29 February birthday (today may be one) needs a leap year of birth, or none
		}
		birthday.setYear(year);
		contact.setBirthday(birthday);
		contact.setTimeZone(city == 20 ? "Asia/Urumqi" : "Asia/Shanghai");
		contact.setCustomerClass(CustomerClass.get(random.nextInt(3)));
		contact.setDoNotCall(random.nextInt(50) == 0);
		contact.setStatus(ContactStatus.ACTIVE);
		contact.setOwningAgent("agent" + (1 + random.nextInt(5)));
		if (index % 10 == 0) {
			contact.getTags().add("VIP");
		}
		if (index % 7 == 3) {
			contact.getTags().add("重点客户");
		}
		return contact;
	}

	private static String given(Random random) {
		int len = 1 + random.nextInt(2);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < len; i++) {
			sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return sb.toString();
	}

	private static String digits(Random random, int n) {
		StringBuilder sb = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			sb.append((char) ('0' + random.nextInt(10)));
		}
		return sb.toString();
	}
}

package org.revisit.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TaskState;
import org.revisit.store.Store;

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

	/** The data set a new database gets on its first start: 300 contacts and the demo campaigns. */
	public static void seed(Store store, LocalDate today) {
		addContacts(store, 300, today);
	}

	/**
	 * Adds {@code count} demo contacts in one transaction. The demo campaigns are added if the database has
	 * none, and birthday calls are planned for new contacts whose solar birthday falls in the coming week.
	 *
	 * @return the number of call tasks created
	 */
	public static int addContacts(Store store, int count, LocalDate today) {
		if (count < 0) {
			throw new IllegalArgumentException("The number of contacts must not be negative: " + count);
		}
		long existing = store.contacts().count();
		Random random = new Random(20261123L + existing);
		List<Contact> contacts = new ArrayList<>(Math.min(count, 10_000));
		int[] created = { 0 };
		store.inTransaction(c -> {
			List<Campaign> campaigns = store.campaigns().list();
			Campaign birthday = campaigns.stream().filter(x -> BIRTHDAY.equals(x.getCallTypeId())).findFirst()
					.orElse(null);
			if (campaigns.isEmpty()) {
				List<Campaign> demo = demoCampaigns(today);
				store.campaigns().insert(c, demo);
				birthday = demo.get(0);
			}
			for (int i = 0; i < count; i++) {
				contacts.add(contact(random, existing + i, today));
				if (contacts.size() == 10_000 || i == count - 1) {
					store.contacts().insert(c, contacts);
					List<CallTask> tasks = birthdayTasks(contacts, birthday, today);
					store.tasks().insert(c, tasks);
					created[0] += tasks.size();
					contacts.clear();
				}
			}
			return null;
		});
		return created[0];
	}

	private static List<Campaign> demoCampaigns(LocalDate today) {
		List<Campaign> result = new ArrayList<>();
		result.add(campaign(BIRTHDAY, "客户生日祝福", 40, today.withDayOfYear(1), null));
		result.add(campaign(HOLIDAY, "春节问候", 30, today.withDayOfYear(1), null));
		result.add(campaign(RETURN_VISIT, "季度客户回访", 50, today.withDayOfMonth(1), today.plusMonths(3)));
		result.add(campaign(FIRST_VISIT, "新客户首访", 60, today.withDayOfMonth(1), null));
		result.add(campaign(HOTLINE_SUPERVISION, "热线服务监督回访", 70, today.withDayOfMonth(1), null));
		return result;
	}

	private static Campaign campaign(String callType, String name, int priority, LocalDate from, LocalDate to) {
		Campaign campaign = RevisitFactory.eINSTANCE.createCampaign();
		campaign.setCallTypeId(callType);
		campaign.setName(name);
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
		return contact;
	}

	private static List<CallTask> birthdayTasks(List<Contact> contacts, Campaign campaign, LocalDate today) {
		List<CallTask> tasks = new ArrayList<>();
		if (campaign == null) {
			return tasks;
		}
		for (Contact contact : contacts) {
			Birthday b = contact.getBirthday();
			if (contact.isDoNotCall() || b == null || b.getCalendar() != CalendarKind.SOLAR) {
				continue;
			}
			for (int d = 0; d < 7; d++) {
				LocalDate day = today.plusDays(d);
				if (day.getMonthValue() == b.getMonth() && day.getDayOfMonth() == b.getDay()) {
					CallTask task = RevisitFactory.eINSTANCE.createCallTask();
					task.setContact(contact);
					task.setCampaign(campaign);
					task.setCallTypeId(campaign.getCallTypeId());
					ZoneId zone = ZoneId.of(contact.getTimeZone());
					task.setDueFrom(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(zone).toInstant()));
					task.setDueTo(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(zone).toInstant()));
					task.setPriority(campaign.getPriority());
					task.setState(TaskState.PLANNED);
					task.setReason("生日 " + b.getMonth() + "月" + b.getDay() + "日");
					tasks.add(task);
				}
			}
		}
		return tasks;
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

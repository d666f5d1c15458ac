package org.revisit.core.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Random;

import org.revisit.core.service.DataService.ImportReport;
import org.revisit.core.service.Services;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;

/**
 * The world moving while the team works: every working morning a few new contacts and service events (purchases,
 * hotline tickets, visits, trainings, and complaints with a promise to call back within 24 hours) are imported as
 * CSV files through the {@link org.revisit.core.service.DataService}, and a few contacts ask not to be called
 * any more (through the {@link org.revisit.core.service.ContactService}, as the Contact Card saves it).
 */
final class ContactChanges {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
	private static final String[] KINDS = { "purchase", "hotline", "hotline", "onsite", "training" };
	private static final String[] SUBJECTS = { "购买服务器", "打印机卡纸", "无法登录系统", "上门更换硬盘", "系统管理员培训" };
	private static final String[] COMPLAINTS = { "维修后仍有故障", "配件迟迟未到", "客服电话打不通", "发票开错" };
	private static final String[] CATEGORIES = { "service_delay", "service_quality", "attitude", "fees", "product_fault" };
	private static final String[] ENGINEERS = { "张工", "李工", "王工", "赵工", "陈工" };

	/** What one morning changed. */
	record Changes(long contactsAdded, long eventsAdded, long complaints, int doNotCall) {
	}

	private final Services owner;
	private final ZoneId zone;
	private final int size;
	private final boolean newContacts;
	private long refs;

	/**
	 * @param owner the services of the manager who imports
	 * @param zone the team's zone
	 * @param size the number of contacts the simulation began with: the changes scale with it
	 * @param newContacts whether new contacts are imported too
	 */
	ContactChanges(Services owner, ZoneId zone, int size, boolean newContacts) {
		this.owner = owner;
		this.zone = zone;
		this.size = size;
		this.newContacts = newContacts;
	}

	/** The changes of the morning of {@code day} (the clock stands at that morning). */
	Changes morning(LocalDate day, Instant now, Random random) {
		long lastId = owner.contacts().count(null);
		long contactsAdded = newContacts ? newContacts(day, random, Math.max(1, size / 2000)).stored() : 0;
		StringBuilder events = new StringBuilder("kind,occurred_at,contact_id,engineer,subject,external_ref,complaint_category,callback_due\n");
		int eventCount = Math.max(1, size / 1000);
		int complaints = Math.max(1, size / 4000);
		for (int i = 0; i < eventCount + complaints; i++) {
			long id = 1 + random.nextLong(Math.max(1, lastId));
			// yesterday afternoon or evening, in the team's zone
			Instant at = day.minusDays(1).atTime(13 + random.nextInt(6), random.nextInt(60)).atZone(zone).toInstant();
			String ref = "SIM-" + day + "-" + (++refs);
			if (i < eventCount) {
				int k = random.nextInt(KINDS.length);
				events.append(KINDS[k]).append(',').append(TIME.format(at.atZone(zone))).append(',').append(id).append(',')
						.append(ENGINEERS[random.nextInt(ENGINEERS.length)]).append(',').append(SUBJECTS[k]).append(',')
						.append(ref).append(",,\n");
			} else {
				events.append("complaint,").append(TIME.format(at.atZone(zone))).append(',').append(id).append(',')
						.append(ENGINEERS[random.nextInt(ENGINEERS.length)]).append(',')
						.append(COMPLAINTS[random.nextInt(COMPLAINTS.length)]).append(',').append(ref).append(',')
						.append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(',')
						.append(TIME.format(at.plusSeconds(24 * 3600).atZone(zone))).append('\n');
			}
		}
		ImportReport imported = owner.data().importEvents(events.toString().getBytes(StandardCharsets.UTF_8),
				"events-" + day + ".csv", false, "utf-8");
		int dnc = 0;
		for (int i = Math.max(1, size / 5000); i > 0; i--) {
			Contact c = owner.contacts().find(1 + random.nextLong(Math.max(1, lastId)));
			if (c != null && !c.isDoNotCall() && c.getStatus() == ContactStatus.ACTIVE) {
				c.setDoNotCall(true);
				c.setDoNotCallDate(Date.from(now));
				c.setDoNotCallSource("客户来信要求");
				owner.contacts().update(c);
				dnc++;
			}
		}
		long complaintRows = Math.min(complaints, imported.stored());
		return new Changes(contactsAdded, imported.stored() - complaintRows, complaintRows, dnc);
	}

	private ImportReport newContacts(LocalDate day, Random random, int count) {
		StringBuilder csv = new StringBuilder("name,title,company,mobile,time_zone,owning_agent\n");
		for (int i = 0; i < count; i++) {
			csv.append(Names.person(random)).append(',').append(random.nextBoolean() ? "先生" : "女士").append(',')
					.append("新客户").append(day.getDayOfYear()).append('-').append(i).append("有限公司,")
					.append(Names.mobile(random)).append(',')
					.append(random.nextInt(20) == 0 ? "Asia/Urumqi" : "Asia/Shanghai").append(",agent")
					.append(1 + random.nextInt(5)).append('\n');
		}
		return owner.data().importContacts(csv.toString().getBytes(StandardCharsets.UTF_8), "contacts-" + day + ".csv",
				false, "utf-8");
	}
}

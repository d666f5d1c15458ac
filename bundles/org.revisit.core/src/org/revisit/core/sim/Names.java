package org.revisit.core.sim;

import java.util.Random;

/** Chinese names and mobile numbers for the people the simulation invents. */
final class Names {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚华玉萍红玲芬建国志强晓东春梅文静丹宇浩然子轩雨涵欣怡";

	private Names() {
	}

	static String person(Random random) {
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		for (int i = 1 + random.nextInt(2); i > 0; i--) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/** A mobile number of mainland China: 1, then 3 to 9, then nine digits. */
	static String mobile(Random random) {
		StringBuilder number = new StringBuilder("1").append(3 + random.nextInt(7));
		for (int i = 0; i < 9; i++) {
			number.append((char) ('0' + random.nextInt(10)));
		}
		return number.toString();
	}
}

package org.schoolshuttle.demo;

import java.util.List;
import java.util.Random;

/** Believable names for demo people, drawn from a fixed seed so every demo start looks the same. */
final class DemoPeople {

    private static final List<String> FAMILY_NAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");
    private static final List<String> CHILD_NAMES = List.of("小明", "小红", "小华", "小刚", "小丽", "小军", "小芳", "小强",
            "小燕", "小龙", "小雪", "小宇", "小涛", "小静", "小杰", "小梅", "子涵", "欣怡", "浩然", "梓萱");
    private static final List<String> ADULT_NAMES = List.of("建国", "秀英", "志强", "桂兰", "国华", "玉梅", "海燕", "卫东",
            "春梅", "德明", "红霞", "永红");

    private final Random random;

    DemoPeople(Random random) {
        this.random = random;
    }

    String familyName() {
        return pick(FAMILY_NAMES);
    }

    String childName() {
        return pick(CHILD_NAMES);
    }

    String adultName() {
        return pick(ADULT_NAMES);
    }

    /** A Chinese mobile number in a range no real subscriber uses in the demo's numbering. */
    String phone(int n) {
        return "+86138" + String.format("%08d", 10_000 + n);
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}

package cn.gongkai.fee;

import java.util.ArrayList;
import java.util.List;

/**
 * The information-processing fee of 国办函〔2020〕109号, both methods computed by progressive excess
 * (超额累进), as reproduced in statute.md §3:
 * <ul>
 * <li>per item, per applicant per calendar month: items 1–10 free; 11–30 CNY 100 each; from 31 in
 * bands of 10 items, each band CNY 100 more per item (31–40: 200, 41–50: 300, …);</li>
 * <li>per volume, per application: pages 1–30 free; 31–100 CNY 10; 101–200 CNY 20; from 201 CNY 40 per page.</li>
 * </ul>
 */
public final class FeeCalculator {

    private FeeCalculator() {
    }

    /**
     * @param itemsBefore items the applicant asked for earlier in the same calendar month
     * @param items items in this application (at least 1)
     */
    public static FeeQuote perItem(int itemsBefore, int items) {
        if (itemsBefore < 0 || items < 1) {
            throw new IllegalArgumentException("itemsBefore >= 0 and items >= 1 required");
        }
        List<String> lines = new ArrayList<>();
        lines.add("按件计收：本月此前已申请 " + itemsBefore + " 件，本申请 " + items + " 件（第 " + (itemsBefore + 1) + "–"
                + (itemsBefore + items) + " 件）");
        long total = 0;
        int first = itemsBefore + 1;
        int last = itemsBefore + items;
        int n = first;
        while (n <= last) {
            long price = itemPrice(n);
            int bandEnd = Math.min(last, itemBandEnd(n));
            int count = bandEnd - n + 1;
            total += price * count;
            lines.add("第 " + n + "–" + bandEnd + " 件：" + (price == 0 ? "免费" : "每件 " + price + " 元，计 " + price * count + " 元"));
            n = bandEnd + 1;
        }
        lines.add("合计 " + total + " 元");
        return new FeeQuote(FeeMethod.PER_ITEM, total, lines);
    }

    /** @param pages pages of this application (at least 1) */
    public static FeeQuote perVolume(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("pages >= 1 required");
        }
        List<String> lines = new ArrayList<>();
        lines.add("按量计收：本申请共 " + pages + " 页");
        long total = 0;
        int[][] bands = {{1, 30, 0}, {31, 100, 10}, {101, 200, 20}, {201, Integer.MAX_VALUE, 40}};
        for (int[] band : bands) {
            if (pages < band[0]) {
                break;
            }
            int to = Math.min(pages, band[1]);
            int count = to - band[0] + 1;
            total += (long) band[2] * count;
            lines.add("第 " + band[0] + "–" + to + " 页：" + (band[2] == 0 ? "免费" : "每页 " + band[2] + " 元，计 " + (long) band[2] * count + " 元"));
        }
        lines.add("合计 " + total + " 元");
        return new FeeQuote(FeeMethod.PER_VOLUME, total, lines);
    }

    static long itemPrice(int n) {
        if (n <= 10) {
            return 0;
        }
        if (n <= 30) {
            return 100;
        }
        return 100L * (2 + (n - 31) / 10);
    }

    private static int itemBandEnd(int n) {
        if (n <= 10) {
            return 10;
        }
        if (n <= 30) {
            return 30;
        }
        return 31 + ((n - 31) / 10) * 10 + 9;
    }
}

package org.openbudget.disclosure.classification;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 30 functional 类 table 1 of the seed prints (一、一般公共服务支出 … 三十、抗疫特别国债安排的支出). */
class FunctionalClassesTest {

    @Test
    void theThirtyClassesOfTheSeedInCodeOrder() {
        var all = FunctionalClasses.all();
        assertEquals(30, all.size());
        assertEquals(new FunctionalClass("201", "一般公共服务支出"), all.get(0));
        assertEquals(new FunctionalClass("210", "卫生健康支出"), all.get(9), "十、卫生健康支出");
        assertEquals(new FunctionalClass("221", "住房保障支出"), all.get(19), "二十、住房保障支出");
        assertEquals(new FunctionalClass("234", "抗疫特别国债安排的支出"), all.get(29));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0, "ascending at " + all.get(i).code());
        }
    }

    @Test
    void namesAndCodesLookUp() {
        assertEquals(Optional.of("节能环保支出"), FunctionalClasses.name("211"));
        assertEquals(Optional.of("224"), FunctionalClasses.code("灾害防治及应急管理支出"));
        assertTrue(FunctionalClasses.name("218").isEmpty(), "218 is not a 类 of the list");
    }
}

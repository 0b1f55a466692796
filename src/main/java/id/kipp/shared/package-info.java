/** Configuration, calendar, variable helpers, the Bahasa rule-violation error, pinned rule tables, text hygiene: the bottom layer every module may use. */
@ApplicationModule(allowedDependencies = {})
package id.kipp.shared;

import org.springframework.modulith.ApplicationModule;

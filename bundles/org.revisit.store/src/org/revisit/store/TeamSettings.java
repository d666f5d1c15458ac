package org.revisit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Team-wide settings: named values in the {@code app_setting} table, shared by everyone on the database. */
public final class TeamSettings {

	private final Store store;

	TeamSettings(Store store) {
		this.store = store;
	}

	/** The team-wide setting {@code name}, or {@code fallback}. */
	public String setting(String name, String fallback) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT setting_value FROM app_setting WHERE name = ?")) {
				p.setString(1, name);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() && rs.getString(1) != null ? rs.getString(1) : fallback;
				}
			}
		});
	}

	/** Sets the team-wide setting {@code name}. */
	public void setSetting(String name, String value) {
		store.inTransaction(c -> {
			try (PreparedStatement u = c.prepareStatement("UPDATE app_setting SET setting_value = ? WHERE name = ?")) {
				u.setString(1, value);
				u.setString(2, name);
				if (u.executeUpdate() == 0) {
					try (PreparedStatement i = c.prepareStatement("INSERT INTO app_setting VALUES (?, ?)")) {
						i.setString(1, name);
						i.setString(2, value);
						i.executeUpdate();
					}
				}
			}
			return null;
		});
	}

	/**
	 * The team-wide settings whose names start with {@code prefix}, by name without the prefix, in name order. The
	 * prefix is matched literally (a {@code %} or {@code _} in it is not a wildcard).
	 */
	public Map<String, String> withPrefix(String prefix) {
		String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return store.read(c -> {
			Map<String, String> values = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT name, setting_value FROM app_setting "
					+ "WHERE name LIKE ? ESCAPE '\\' ORDER BY name")) {
				p.setString(1, pattern);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						values.put(rs.getString(1).substring(prefix.length()), rs.getString(2));
					}
				}
			}
			return values;
		});
	}
}

package org.revisit.core.service;

/** What the database holds, online backups and team settings ({@link Permission#BACKUP}, {@link Permission#SETTINGS}). */
public interface AdminService {
	// the operations are defined with 'cli info', 'cli backup' and settings
}

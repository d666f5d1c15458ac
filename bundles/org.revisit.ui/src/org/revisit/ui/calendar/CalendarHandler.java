package org.revisit.ui.calendar;

import java.time.LocalDate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.revisit.core.service.Services;

/** Calls > Holiday Calendar…: opens the holiday calendar editor on this year. */
public final class CalendarHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var window = HandlerUtil.getActiveWorkbenchWindow(event);
		Services services = window.getWorkbench().getService(Services.class);
		if (services != null) {
			new CalendarDialog(window.getShell(), services, LocalDate.now(services.clock()).getYear()).open();
		}
		return null;
	}
}

package org.revisit.ui.views;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.model.Answer;
import org.revisit.model.Instruction;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;

/**
 * The script part of the Call view: the words to say (large), what to do in words, one button per answer of the
 * current step (numbered; its key in the tooltip) and an input per field an answer records.
 */
final class AnswerPanel {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private final CallCommands commands;
	private final IntConsumer answer;
	private final Font large;
	private final Label utterance;
	private final Label instructions;
	private final Composite answerRow;
	private final Composite fieldsArea;
	private final List<Button> buttons = new ArrayList<>();
	/** Per answer index of the current step, the value readers of its record fields by field name. */
	private final Map<Integer, Map<String, Supplier<String>>> fieldReaders = new LinkedHashMap<>();

	/** Creates the panel's controls in {@code parent}, a grid of two columns; a button calls {@code answer}. */
	AnswerPanel(Composite parent, CallCommands commands, IntConsumer answer) {
		this.commands = commands;
		this.answer = answer;
		utterance = new Label(parent, SWT.WRAP);
		FontData[] data = JFaceResources.getDefaultFont().getFontData();
		for (FontData d : data) {
			d.setHeight(d.getHeight() + 3);
		}
		large = new Font(parent.getDisplay(), data);
		utterance.setFont(large);
		utterance.addListener(SWT.Dispose, e -> large.dispose());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(utterance);
		instructions = new Label(parent, SWT.WRAP);
		instructions.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(instructions);
		answerRow = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(answerRow);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(answerRow);
		fieldsArea = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(fieldsArea);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fieldsArea);
	}

	/** Shows the current step of {@code r}, or nothing when {@code r} is null. */
	void show(ScriptRunner r) {
		buttons.forEach(Button::dispose);
		buttons.clear();
		for (Control c : fieldsArea.getChildren()) {
			commands.leaving(c);
			c.dispose();
		}
		fieldReaders.clear();
		if (r == null) {
			utterance.setText(""); //$NON-NLS-1$
			instructions.setText(""); //$NON-NLS-1$
			return;
		}
		utterance.setText(r.isFinished() && r.currentStep() == null ? Messages.CallView_finishHint : r.utterance());
		StringBuilder said = new StringBuilder();
		for (Instruction i : r.instructions()) {
			said.append(said.isEmpty() ? "" : " \u00b7 ").append(i.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		instructions.setText(said.toString());
		List<Answer> answers = r.answers();
		for (int i = 0; i < answers.size(); i++) {
			Answer a = answers.get(i);
			Button b = new Button(answerRow, SWT.PUSH);
			b.setText(i < 9 ? (i + 1) + "  " + a.getLabel() : a.getLabel()); //$NON-NLS-1$
			String key = i < 9 ? commands.key(CallCommands.ANSWER, Integer.toString(i + 1)) : null;
			ScriptRunner.ValueKind kind = ScriptRunner.valueNeeded(a);
			String tip = null;
			if (kind == ScriptRunner.ValueKind.CALLBACK_TIME) {
				b.setText(b.getText() + " \u2026"); //$NON-NLS-1$
				tip = Messages.CallView_callbackTip;
			} else if (kind == ScriptRunner.ValueKind.SUCCESSOR) {
				b.setText(b.getText() + " \u2026"); //$NON-NLS-1$
				tip = Messages.CallView_successorTip;
			}
			if (key != null) {
				tip = tip == null ? key : tip + " (" + key + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			b.setToolTipText(tip);
			int index = i;
			b.addListener(SWT.Selection, e -> answer.accept(index));
			buttons.add(b);
			Map<String, Supplier<String>> readers = new LinkedHashMap<>();
			for (RecordField f : ScriptRunner.fieldsOf(a)) {
				readers.put(f.getFieldName(), field(a, f, i));
			}
			fieldReaders.put(index, readers);
		}
	}

	/** An input for one field an answer records, with a label naming the answer and the field. */
	private Supplier<String> field(Answer a, RecordField f, int index) {
		Label label = new Label(fieldsArea, SWT.NONE);
		String kind = Labels.recordKind(f.getKind().getName());
		String name = f.getFieldName() == null || f.getFieldName().isBlank() ? kind : f.getFieldName();
		label.setText(NLS.bind(Messages.CallView_field, new Object[] { Integer.valueOf(index + 1), a.getLabel(),
				name.equalsIgnoreCase(f.getKind().getName()) || name.equals(kind) ? kind
						: NLS.bind(Messages.CallView_fieldKind, name, kind) }));
		if (f.getKind() == RecordKind.DATE) {
			DateTime date = new DateTime(fieldsArea, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
			commands.typingIn(date);
			return () -> LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()).format(DATE);
		}
		if (f.getKind() == RecordKind.SCORE) {
			Combo score = new Combo(fieldsArea, SWT.READ_ONLY | SWT.DROP_DOWN);
			score.setItems("", "1", "2", "3", "4", "5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			commands.typingIn(score);
			return () -> score.getText().isEmpty() ? null : score.getText();
		}
		Text text = new Text(fieldsArea, SWT.BORDER | SWT.SINGLE);
		text.setData("field", f.getFieldName()); //$NON-NLS-1$
		commands.typingIn(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return () -> text.getText().isBlank() ? null : text.getText().strip();
	}

	/** The values typed for the fields answer {@code index} records, by field name; blank ones left out. */
	Map<String, String> values(int index) {
		Map<String, String> values = new LinkedHashMap<>();
		fieldReaders.getOrDefault(index, Map.of()).forEach((name, reader) -> {
			String v = reader.get();
			if (v != null) {
				values.put(name, v);
			}
		});
		return values;
	}

	void setEnabled(boolean running) {
		buttons.forEach(b -> b.setEnabled(running));
	}

	List<Button> buttons() {
		return List.copyOf(buttons);
	}

	/** The text inputs of the current step's record fields, by field name. */
	Map<String, Text> fieldTexts() {
		Map<String, Text> texts = new LinkedHashMap<>();
		for (Control c : fieldsArea.getChildren()) {
			if (c instanceof Text t && t.getData("field") instanceof String name) { //$NON-NLS-1$
				texts.put(name, t);
			}
		}
		return texts;
	}

	String utterance() {
		return utterance.getText();
	}

	/** Puts the focus on the first answer if it can be given; false otherwise. */
	boolean focusFirst() {
		return !buttons.isEmpty() && buttons.get(0).isEnabled() && buttons.get(0).setFocus();
	}
}

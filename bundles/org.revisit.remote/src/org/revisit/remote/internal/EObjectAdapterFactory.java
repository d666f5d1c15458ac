package org.revisit.remote.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * EMF objects of one package as JSON, generically over their features.
 * <p>
 * An object is written as {@code {"$type": "Campaign", feature: value, ...}} with the features it has set:
 * attributes as JSON values (EEnum literals by name, other data types through the Gson adapter of their Java
 * class), contained objects recursively in full (each with its own {@code $type}, so an {@code Action} can be a
 * {@code GoToStep}), and references to objects it does not contain as a stub with only the referenced object's
 * type and id: {@code "contact": {"$type":"Contact","id":42}}. Reading creates the objects through the package's
 * factory; an unknown or abstract type, a field the class does not have, a value of the wrong kind or a stub
 * with more than its id is refused with a {@link JsonParseException} naming where it is ({@code $.steps[2].answers[0]}).
 * A map feature (contained {@code Map.Entry} objects with string keys, such as a campaign's parameters) travels
 * as a JSON object: {@code "parameters": {"trainingDate": "2026-12-01"}}.
 */
public final class EObjectAdapterFactory implements TypeAdapterFactory {

	/** The member naming an object's class. */
	public static final String TYPE = "$type";
	private static final String ID = "id";
	private static final String KEY = "key";
	private static final String VALUE = "value";

	private final EPackage ePackage;

	public EObjectAdapterFactory(EPackage ePackage) {
		this.ePackage = ePackage;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
		Class<?> raw = type.getRawType();
		if (!EObject.class.isAssignableFrom(raw)) {
			return null;
		}
		return (TypeAdapter<T>) new Adapter(gson, raw).nullSafe();
	}

	private final class Adapter extends TypeAdapter<EObject> {

		private final Gson gson;
		private final Class<?> expected;

		Adapter(Gson gson, Class<?> expected) {
			this.gson = gson;
			this.expected = expected;
		}

		@Override
		public void write(JsonWriter out, EObject value) throws IOException {
			writeObject(out, value);
		}

		@Override
		public EObject read(JsonReader in) throws IOException {
			String path = in.getPath();
			JsonElement tree = gson.getAdapter(JsonElement.class).read(in);
			return tree.isJsonNull() ? null : readObject(tree, expected, path);
		}

		// ---- writing

		private void writeObject(JsonWriter out, EObject object) throws IOException {
			EClass eClass = object.eClass();
			if (eClass.getEPackage() != ePackage) {
				throw new IllegalArgumentException("Cannot send a " + eClass.getName() + ": only objects of the "
						+ ePackage.getName() + " model travel between client and server");
			}
			out.beginObject();
			out.name(TYPE).value(eClass.getName());
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				if (!travels(feature) || !object.eIsSet(feature)) {
					continue;
				}
				out.name(feature.getName());
				Object value = object.eGet(feature);
				if (isMap(feature)) {
					writeMap(out, (EReference) feature, (List<?>) value);
				} else if (value == null) {
					writeNull(out);
				} else if (feature.isMany()) {
					out.beginArray();
					for (Object element : (List<?>) value) {
						writeValue(out, feature, element);
					}
					out.endArray();
				} else {
					writeValue(out, feature, value);
				}
			}
			out.endObject();
		}

		/** A null that is written even when the writer leaves nulls out: it differs from the feature's default. */
		private void writeNull(JsonWriter out) throws IOException {
			boolean nulls = out.getSerializeNulls();
			out.setSerializeNulls(true);
			out.nullValue();
			out.setSerializeNulls(nulls);
		}

		/** A map feature (of {@code Map.Entry} objects with a string key) as one JSON object. */
		private void writeMap(JsonWriter out, EReference feature, List<?> entries) throws IOException {
			EClass entryClass = feature.getEReferenceType();
			EStructuralFeature valueFeature = entryClass.getEStructuralFeature(VALUE);
			out.beginObject();
			for (Object e : entries) {
				EObject entry = (EObject) e;
				out.name(String.valueOf(entry.eGet(entryClass.getEStructuralFeature(KEY))));
				Object value = entry.eGet(valueFeature);
				if (value == null) {
					writeNull(out);
				} else {
					writeValue(out, valueFeature, value);
				}
			}
			out.endObject();
		}

		private void writeValue(JsonWriter out, EStructuralFeature feature, Object value) throws IOException {
			if (feature instanceof EAttribute attribute) {
				writeData(out, attribute.getEAttributeType(), value);
			} else if (((EReference) feature).isContainment()) {
				writeObject(out, (EObject) value);
			} else {
				writeStub(out, (EObject) value, feature);
			}
		}

		@SuppressWarnings("unchecked")
		private void writeData(JsonWriter out, EDataType type, Object value) throws IOException {
			if (value == null) {
				out.nullValue();
			} else if (type instanceof EEnum) {
				out.value(((Enumerator) value).getName());
			} else if (type.getInstanceClass() == null) {
				out.value(EcoreUtil.convertToString(type, value));
			} else {
				((TypeAdapter<Object>) gson.getAdapter(boxed(type.getInstanceClass()))).write(out, value);
			}
		}

		private void writeStub(JsonWriter out, EObject target, EStructuralFeature feature) throws IOException {
			EStructuralFeature id = target.eClass().getEStructuralFeature(ID);
			if (id == null) {
				throw new IllegalArgumentException("Cannot send the reference " + feature.getEContainingClass().getName()
						+ "." + feature.getName() + ": a " + target.eClass().getName() + " has no id");
			}
			out.beginObject();
			out.name(TYPE).value(target.eClass().getName());
			out.name(ID);
			writeData(out, ((EAttribute) id).getEAttributeType(), target.eGet(id));
			out.endObject();
		}

		// ---- reading

		private EObject readObject(JsonElement json, Class<?> want, String path) {
			EObject object = create(json, want, path);
			for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
				if (member.getKey().equals(TYPE)) {
					continue;
				}
				EStructuralFeature feature = object.eClass().getEStructuralFeature(member.getKey());
				if (feature == null || !travels(feature)) {
					throw new JsonParseException(path + ": a " + object.eClass().getName() + " has no field '"
							+ member.getKey() + "'");
				}
				set(object, feature, member.getValue(), path + "." + member.getKey());
			}
			return object;
		}

		private EObject create(JsonElement json, Class<?> want, String path) {
			if (!json.isJsonObject()) {
				throw new JsonParseException(path + ": expected a model object {\"" + TYPE + "\": ...}, not " + json);
			}
			JsonElement type = json.getAsJsonObject().get(TYPE);
			if (type == null || !type.isJsonPrimitive() || !type.getAsJsonPrimitive().isString()) {
				throw new JsonParseException(path + ": a model object needs its \"" + TYPE + "\"");
			}
			EClassifier classifier = ePackage.getEClassifier(type.getAsString());
			if (!(classifier instanceof EClass eClass)) {
				throw new JsonParseException(path + ": unknown model type '" + type.getAsString() + "'");
			}
			if (eClass.isAbstract() || eClass.isInterface()) {
				throw new JsonParseException(path + ": " + eClass.getName() + " is abstract; name a concrete type");
			}
			EObject object = ePackage.getEFactoryInstance().create(eClass);
			if (!want.isInstance(object)) {
				throw new JsonParseException(path + ": expected " + article(want.getSimpleName()) + ", not "
						+ article(eClass.getName()));
			}
			return object;
		}

		@SuppressWarnings("unchecked")
		private void set(EObject object, EStructuralFeature feature, JsonElement json, String path) {
			if (json.isJsonNull()) {
				if (feature.isMany() || feature.getEType().getInstanceClass() != null
						&& feature.getEType().getInstanceClass().isPrimitive()) {
					object.eUnset(feature);
				} else {
					object.eSet(feature, null);
				}
				return;
			}
			if (isMap(feature)) {
				readMap(object, (EReference) feature, json, path);
				return;
			}
			if (!feature.isMany()) {
				object.eSet(feature, readValue(feature, json, path));
				return;
			}
			if (!json.isJsonArray()) {
				throw new JsonParseException(path + ": expected a list, not " + json);
			}
			JsonArray array = json.getAsJsonArray();
			EList<Object> list = (EList<Object>) object.eGet(feature);
			for (int i = 0; i < array.size(); i++) {
				JsonElement element = array.get(i);
				if (element.isJsonNull()) {
					throw new JsonParseException(path + "[" + i + "]: a list of the model holds no null");
				}
				list.add(readValue(feature, element, path + "[" + i + "]"));
			}
		}

		@SuppressWarnings("unchecked")
		private void readMap(EObject object, EReference feature, JsonElement json, String path) {
			if (!json.isJsonObject()) {
				throw new JsonParseException(path + ": expected an object of names and values, not " + json);
			}
			EStructuralFeature valueFeature = feature.getEReferenceType().getEStructuralFeature(VALUE);
			EMap<String, Object> map = (EMap<String, Object>) object.eGet(feature);
			for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
				JsonElement value = member.getValue();
				map.put(member.getKey(), value.isJsonNull() ? null
						: readValue(valueFeature, value, path + "." + member.getKey()));
			}
		}

		private Object readValue(EStructuralFeature feature, JsonElement json, String path) {
			if (feature instanceof EAttribute attribute) {
				return readData(attribute.getEAttributeType(), json, path);
			}
			EReference reference = (EReference) feature;
			Class<?> want = reference.getEReferenceType().getInstanceClass();
			if (reference.isContainment()) {
				return readObject(json, want, path);
			}
			EObject stub = create(json, want, path);
			EStructuralFeature id = stub.eClass().getEStructuralFeature(ID);
			for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
				if (!member.getKey().equals(TYPE) && !member.getKey().equals(ID)) {
					throw new JsonParseException(path + ": a reference to another object carries only its \"" + TYPE
							+ "\" and \"" + ID + "\", not '" + member.getKey() + "'");
				}
			}
			JsonElement value = json.getAsJsonObject().get(ID);
			if (id == null || value == null || value.isJsonNull()) {
				throw new JsonParseException(path + ": a reference to another object needs its \"" + ID + "\"");
			}
			stub.eSet(id, readData(((EAttribute) id).getEAttributeType(), value, path + "." + ID));
			return stub;
		}

		private Object readData(EDataType type, JsonElement json, String path) {
			if (type instanceof EEnum eEnum) {
				String name = json.isJsonPrimitive() && json.getAsJsonPrimitive().isString() ? json.getAsString() : null;
				EEnumLiteral literal = name == null ? null : eEnum.getEEnumLiteral(name);
				if (literal == null) {
					throw new JsonParseException(path + ": " + json + " is not a " + eEnum.getName() + " (one of "
							+ eEnum.getELiterals().stream().map(EEnumLiteral::getName).collect(Collectors.joining(", "))
							+ ")");
				}
				return literal.getInstance();
			}
			Class<?> javaClass = type.getInstanceClass();
			if (javaClass == null) {
				return EcoreUtil.createFromString(type, json.getAsString());
			}
			Class<?> boxed = boxed(javaClass);
			checkKind(boxed, json, path);
			try {
				return gson.getAdapter(boxed).fromJsonTree(json);
			} catch (RuntimeException e) {
				throw new JsonParseException(path + ": " + e.getMessage(), e);
			}
		}
	}

	/** Gson's adapters for strings, numbers and booleans accept each other's JSON; the model's values do not. */
	private static void checkKind(Class<?> type, JsonElement json, String path) {
		String wanted = null;
		if (type == String.class && !(json instanceof JsonPrimitive p && p.isString())) {
			wanted = "a string";
		} else if (type == Boolean.class && !(json instanceof JsonPrimitive p && p.isBoolean())) {
			wanted = "true or false";
		} else if (Number.class.isAssignableFrom(type) && !(json instanceof JsonPrimitive p && p.isNumber())) {
			wanted = "a number";
		}
		if (wanted != null) {
			throw new JsonParseException(path + ": expected " + wanted + ", not " + (json == null ? JsonNull.INSTANCE : json));
		}
	}

	/**
	 * Whether a feature is a map: contained {@code Map.Entry} objects (such as Ecore's string-to-string entries)
	 * with a string key. Those travel as a JSON object, whatever package their class is in.
	 */
	private static boolean isMap(EStructuralFeature feature) {
		if (!(feature instanceof EReference r) || !r.isContainment() || !r.isMany()
				|| r.getEReferenceType().getInstanceClass() != Map.Entry.class) {
			return false;
		}
		EStructuralFeature key = r.getEReferenceType().getEStructuralFeature(KEY);
		return key instanceof EAttribute && key.getEType().getInstanceClass() == String.class
				&& r.getEReferenceType().getEStructuralFeature(VALUE) != null;
	}

	/** Whether a feature is part of an object's state on the wire (not derived, transient or the container). */
	private static boolean travels(EStructuralFeature feature) {
		return !feature.isDerived() && !feature.isTransient()
				&& !(feature instanceof EReference r && r.isContainer());
	}

	private static String article(String noun) {
		return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	private static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
		case "int" -> Integer.class;
		case "long" -> Long.class;
		case "boolean" -> Boolean.class;
		case "double" -> Double.class;
		case "float" -> Float.class;
		case "short" -> Short.class;
		case "byte" -> Byte.class;
		case "char" -> Character.class;
		default -> type;
		};
	}
}

// The profile form: one labelled control per field with its help text, and room under each for the
// server's validation message. Values typed by the user are never cleared by a failed save.

import type { ProfileForm } from "../shared/api";
import type { ProfileField } from "../rules/types";
import { FORM_FIELDS, type FormField } from "./profileFields";
import { h, replaceChildren } from "./dom";

type Control = HTMLInputElement | HTMLSelectElement;

export interface ProfileFormView {
  fill(profile: Partial<ProfileForm>): void;
  values(): ProfileForm;
  /** Shows each message beside its field; returns the messages for fields the form does not have. */
  showErrors(errors: Partial<Record<string, string>>): string[];
  clearErrors(): void;
  setDisabled(disabled: boolean): void;
  /** True once the user changed a value since the last fill or save. */
  isDirty(): boolean;
  markClean(): void;
}

export function mountProfileForm(container: HTMLElement): ProfileFormView {
  const controls = new Map<ProfileField, Control>();
  const errorSlots = new Map<ProfileField, HTMLElement>();
  let dirty = false;

  replaceChildren(container, ...FORM_FIELDS.map((spec) => fieldGroup(spec, controls, errorSlots)));
  container.addEventListener("input", () => (dirty = true));
  container.addEventListener("change", () => (dirty = true));

  function setError(field: ProfileField, message: string | null): void {
    const control = controls.get(field);
    const slot = errorSlots.get(field);
    if (!control || !slot) return;
    slot.textContent = message ?? "";
    slot.hidden = !message;
    if (message) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  }

  return {
    fill(profile) {
      for (const [field, control] of controls) setValue(control, profile[field] ?? "");
      dirty = false;
    },
    values() {
      const result = {} as ProfileForm;
      for (const [field, control] of controls) result[field] = control.value;
      return result;
    },
    showErrors(errors) {
      const unknown: string[] = [];
      let first: Control | null = null;
      for (const [key, message] of Object.entries(errors)) {
        if (!message) continue;
        const control = controls.get(key as ProfileField);
        if (!control) {
          unknown.push(message);
          continue;
        }
        setError(key as ProfileField, message);
        first = first ?? control;
      }
      first?.focus();
      return unknown;
    },
    clearErrors() {
      for (const field of controls.keys()) setError(field, null);
    },
    setDisabled(disabled) {
      for (const control of controls.values()) control.disabled = disabled;
    },
    isDirty: () => dirty,
    markClean: () => void (dirty = false),
  };
}

function fieldGroup(spec: FormField, controls: Map<ProfileField, Control>, errorSlots: Map<ProfileField, HTMLElement>): HTMLElement {
  const id = `profile-${spec.field}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = `${helpId} ${errorId}`;
  let control: Control;
  let extra: HTMLElement | null = null;
  if (spec.kind === "select") {
    control = h("select", { id, name: spec.field, "aria-describedby": described });
    for (const option of spec.options ?? []) control.appendChild(h("option", { value: option.value }, option.label));
  } else {
    const listId = spec.options ? `${id}-options` : null;
    control = h("input", {
      id,
      name: spec.field,
      type: "text",
      inputmode: spec.kind === "number" ? "numeric" : null,
      autocomplete: "off",
      list: listId,
      "aria-describedby": described,
      "aria-required": spec.required ? "true" : null,
    });
    if (listId) extra = h("datalist", { id: listId }, ...(spec.options ?? []).map((o) => h("option", { value: o.value })));
  }
  const error = h("p", { id: errorId, class: "error field-error", hidden: true });
  controls.set(spec.field, control);
  errorSlots.set(spec.field, error);
  return h(
    "div",
    { class: "form-group" },
    h("label", { for: id }, spec.label, spec.required ? h("span", { class: "required", "aria-hidden": "true" }, " *") : null),
    control,
    extra,
    h("p", { id: helpId, class: "gray help" }, spec.help),
    error,
  );
}

/** Sets a control's value; a dropdown gains an option for a value the sheet holds but it lacks. */
function setValue(control: Control, value: string): void {
  if (control instanceof HTMLSelectElement && !Array.from(control.options).some((o) => o.value === value)) {
    control.appendChild(h("option", { value }, value));
  }
  control.value = value;
}

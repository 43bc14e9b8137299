import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';

/**
 * A combobox (WAI-ARIA 1.2 pattern): type to ask the server for suggestions, arrows to move, Enter to
 * choose, Escape to close. `suggest(text, signal)` returns `[{ value, label, detail }]`; `onChoose`
 * gets the chosen item, or null when the field is cleared.
 */
export function TypeAhead({ id, label, placeholder, chosenLabel, suggest, onChoose }) {
  const [text, setText] = useState(chosenLabel ?? '');
  const [items, setItems] = useState([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const typed = useRef(false);

  useEffect(() => setText(chosenLabel ?? ''), [chosenLabel]);

  useEffect(() => {
    if (!typed.current) return undefined;
    const controller = new AbortController();
    // A short pause so that fast typing sends one request, not one per letter.
    const timer = setTimeout(() => {
      suggest(text.trim(), controller.signal).then(
        (found) => {
          setItems(found);
          setActive(found.length ? 0 : -1);
          setOpen(true);
          setMessage(found.length ? `${found.length} suggestions` : 'No match');
        },
        (error) => {
          if (error.name !== 'AbortError') setMessage(`Suggestions failed: ${error.message}`);
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const choose = (item) => {
    typed.current = false;
    setOpen(false);
    setText(item ? item.label : '');
    onChoose(item);
  };

  const onKeyDown = (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open && items.length) setOpen(true);
      setActive((index) => Math.min(index + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && items[active]) {
        event.preventDefault();
        choose(items[active]);
      } else if (!text.trim()) {
        event.preventDefault();
        choose(null);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  return html`<div class="field type-ahead">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      role="combobox"
      autocomplete="off"
      placeholder=${placeholder}
      aria-autocomplete="list"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${listId}
      aria-activedescendant=${open && active >= 0 ? `${id}-option-${active}` : undefined}
      value=${text}
      onInput=${(event) => {
        typed.current = true;
        setText(event.currentTarget.value);
        if (!event.currentTarget.value.trim() && chosenLabel) choose(null);
      }}
      onKeyDown=${onKeyDown}
      onBlur=${() => setTimeout(() => setOpen(false), 150)}
    />
    <ul
      id=${listId}
      role="listbox"
      class="suggestions"
      hidden=${!open || !items.length}
      aria-label=${`${label} suggestions`}
    >
      ${items.map(
        (item, index) =>
          html`<li
            id=${`${id}-option-${index}`}
            role="option"
            aria-selected=${index === active ? 'true' : 'false'}
            onMouseDown=${(event) => {
              event.preventDefault();
              choose(item);
            }}
          >
            <span>${item.label}</span>${item.detail ? html` <span class="muted">${item.detail}</span>` : null}
          </li>`,
      )}
    </ul>
    <span class="visually-hidden" aria-live="polite">${message}</span>
  </div>`;
}

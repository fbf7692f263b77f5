import { describeFailure } from '../data/failures';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => Promise<void> | void };
}

interface ToastApi {
  show: (message: string, action?: Toast['action']) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

const TOAST_MS = 6_000;
const UNDO_TOAST_MS = 12_000;

/** Short messages at the foot of the window, with an optional action such as Undo. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (message: string, action?: Toast['action']) => {
      // Newest replaces older ones: an Undo must always refer to the last thing done.
      const id = Date.now();
      setToasts([{ id, message, action }]);
      // Long enough to read and to reach Undo; the change itself is already saved.
      window.setTimeout(() => dismiss(id), action ? UNDO_TOAST_MS : TOAST_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  dismiss(toast.id);
                  Promise.resolve(toast.action?.run()).catch((error: unknown) =>
                    show(`That did not work: ${describeFailure(error)}`),
                  );
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="link-button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts needs a ToastProvider');
  return api;
}

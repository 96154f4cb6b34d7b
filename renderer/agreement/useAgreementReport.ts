// Asks main for the agreement report of a selection, and for each annotator against gold when a
// gold annotator exists. A newer selection wins over a slower, older answer.
import { useEffect, useState } from 'react';
import { GOLD_ANNOTATOR, type AgreementReport } from '../../shared/agreement';
import type { ApiClient } from '../../shared/api';
import { errorMessage } from '../api/apiCallError';
import { agreementParams, type AgreementSelection } from './agreementSelection';

/** A report being computed (the previous one, if any, still shown), computed, or refused with the API's message. */
export type ReportState =
  | { status: 'loading'; report: AgreementReport | null; error: null }
  | { status: 'ready'; report: AgreementReport; error: null }
  | { status: 'error'; report: null; error: string };

/** Why nothing is computed with fewer than two annotators selected. */
export const TOO_FEW_ANNOTATORS =
  'Agreement compares at least two annotators: tick two or more under Annotators and press Recompute. Only annotators with a span or a document marked done can be compared.';

const LOADING: ReportState = { status: 'loading', report: null, error: null };

function settle(promise: Promise<AgreementReport>): Promise<ReportState> {
  return promise.then(
    (report): ReportState => ({ status: 'ready', report, error: null }),
    (error: unknown): ReportState => ({ status: 'error', report: null, error: errorMessage(error) }),
  );
}

/**
 * The report of the applied selection. The view applies a new selection object on Recompute (even an
 * equal one, to pick up new spans), so editing the controls alone does not recompute.
 */
export function useAgreementReport(client: ApiClient, applied: AgreementSelection): ReportState {
  const [state, setState] = useState<ReportState>(LOADING);
  useEffect(() => {
    if (applied.annotators.length < 2) {
      // The API refuses this too; saying so here spares the round trip and names the fix.
      setState({ status: 'error', report: null, error: TOO_FEW_ANNOTATORS });
      return;
    }
    // The previous numbers stay (dimmed) while the new ones are computed, so the page does not jump.
    setState((previous) => ({ status: 'loading', report: previous.report, error: null }));
    let current = true;
    void settle(client.getAgreement(agreementParams(applied))).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [client, applied]);
  return state;
}

/** Each selected annotator's report against gold (same labels and level), keyed by annotator. */
export function useGoldReports(
  client: ApiClient,
  applied: AgreementSelection,
  enabled: boolean,
): Map<string, ReportState> {
  const [states, setStates] = useState<Map<string, ReportState>>(new Map());
  useEffect(() => {
    const annotators = enabled ? applied.annotators.filter((annotator) => annotator !== GOLD_ANNOTATOR) : [];
    setStates(new Map(annotators.map((annotator) => [annotator, LOADING])));
    let current = true;
    for (const annotator of annotators) {
      const params = agreementParams({ ...applied, annotators: [annotator, GOLD_ANNOTATOR] });
      void settle(client.getAgreement(params)).then(
        (next) => current && setStates((previous) => new Map(previous).set(annotator, next)),
      );
    }
    return () => {
      current = false;
    };
  }, [client, applied, enabled]);
  return states;
}

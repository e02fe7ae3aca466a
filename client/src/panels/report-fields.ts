import { BLACK_SPOT_CATEGORIES } from '../api/api-types';
import { element, setI18n } from '../dom/element';
import { formatNumber, t } from '../i18n/i18n';
import { FieldErrors } from './field-errors';

/** The values of the report form, before the place is added. */
export interface ReportValues {
  readonly category: string;
  readonly severity: number;
  readonly description: string;
  readonly estimatedSizeM2?: number;
  readonly reporterName?: string;
  readonly reporterContact?: string;
}

const DESCRIPTION_MAX = 2000;
const DEFAULT_SEVERITY = 3;

/** Names the server uses for the request's fields. */
type FieldName =
  | 'geometry'
  | 'category'
  | 'severity'
  | 'description'
  | 'estimatedSizeM2'
  | 'reporterName'
  | 'reporterContact';

function optionalLabel(key: string, forId: string): HTMLElement {
  return element('label', {
    attributes: { for: forId },
    children: [
      element('span', { i18n: key }),
      ' ',
      element('small', { className: 'hint', i18n: 'report.optional' }),
    ],
  });
}

/** The inputs of the report form, with their error messages. */
export class ReportFields {
  readonly errors = new FieldErrors<FieldName>('report-error', [
    'geometry',
    'category',
    'severity',
    'description',
    'estimatedSizeM2',
    'reporterName',
    'reporterContact',
  ]);
  readonly #place = element('p', {
    className: 'place-text',
    testId: 'report-place',
    i18n: 'report.placeNone',
  });
  readonly #category = element('select', {
    testId: 'report-category',
    attributes: { id: 'report-category', name: 'category' },
    children: BLACK_SPOT_CATEGORIES.map((category) =>
      element('option', {
        attributes: { value: category },
        i18n: `category.${category}`,
      }),
    ),
  });
  readonly #severity = element('div', {
    className: 'segmented',
    attributes: {
      role: 'radiogroup',
      'aria-labelledby': 'report-severity-label',
    },
    children: [1, 2, 3, 4, 5].map((level) =>
      element('label', {
        className: 'segment',
        testId: `report-severity-${level}`,
        children: [
          element('input', {
            attributes: {
              type: 'radio',
              name: 'severity',
              value: level,
              checked: level === DEFAULT_SEVERITY,
            },
          }),
          element('span', { text: String(level) }),
        ],
      }),
    ),
  });
  readonly #description = element('textarea', {
    testId: 'report-description',
    attributes: {
      id: 'report-description',
      rows: 4,
      required: true,
      maxlength: DESCRIPTION_MAX,
    },
    i18nAttributes: { placeholder: 'report.descriptionHint' },
  });
  readonly #size = element('input', {
    testId: 'report-size',
    attributes: {
      id: 'report-size',
      type: 'number',
      min: 0,
      step: 'any',
      inputmode: 'decimal',
    },
  });
  readonly #reporterName = element('input', {
    testId: 'report-reporter-name',
    attributes: {
      id: 'report-reporter-name',
      type: 'text',
      autocomplete: 'name',
      maxlength: 200,
    },
  });
  readonly #reporterContact = element('input', {
    testId: 'report-reporter-contact',
    attributes: {
      id: 'report-reporter-contact',
      type: 'text',
      autocomplete: 'tel',
      maxlength: 200,
    },
  });

  constructor() {
    const inputs: [FieldName, HTMLElement][] = [
      ['category', this.#category],
      ['severity', this.#severity],
      ['description', this.#description],
      ['estimatedSizeM2', this.#size],
      ['reporterName', this.#reporterName],
      ['reporterContact', this.#reporterContact],
    ];
    // A message goes as soon as the user changes what it is about.
    for (const [field, input] of inputs) {
      input.addEventListener('input', () => this.errors.clear(field));
      input.addEventListener('change', () => this.errors.clear(field));
    }
  }

  placeField(locateButton: HTMLElement): HTMLElement {
    return element('div', {
      className: 'field field-place',
      children: [
        element('span', { className: 'label', i18n: 'report.place' }),
        this.#place,
        locateButton,
        this.errors.slot('geometry'),
      ],
    });
  }

  detailFields(): HTMLElement[] {
    return [
      this.#field('category', [
        element('label', {
          attributes: { for: 'report-category' },
          i18n: 'report.category',
        }),
        this.#category,
      ]),
      this.#field('severity', [
        element('span', {
          className: 'label',
          attributes: { id: 'report-severity-label' },
          children: [
            element('span', { i18n: 'report.severity' }),
            ' ',
            element('small', {
              className: 'hint',
              i18n: 'report.severityHint',
            }),
          ],
        }),
        this.#severity,
      ]),
      this.#field('description', [
        element('label', {
          attributes: { for: 'report-description' },
          i18n: 'report.description',
        }),
        this.#description,
      ]),
      this.#field('estimatedSizeM2', [
        optionalLabel('report.estimatedSize', 'report-size'),
        this.#size,
      ]),
      element('fieldset', {
        className: 'reporter',
        children: [
          element('p', {
            className: 'privacy',
            testId: 'report-privacy',
            i18n: 'report.privacy',
          }),
          this.#field('reporterName', [
            optionalLabel('report.reporterName', 'report-reporter-name'),
            this.#reporterName,
          ]),
          this.#field('reporterContact', [
            optionalLabel('report.reporterContact', 'report-reporter-contact'),
            this.#reporterContact,
          ]),
        ],
      }),
    ];
  }

  /** Shows the chosen place, or asks for one. */
  setPlace(lonLat: readonly number[] | null): void {
    if (!lonLat) {
      setI18n(this.#place, 'report.placeNone');

      return;
    }
    const digits = { minimumFractionDigits: 5, maximumFractionDigits: 5 };
    setI18n(this.#place, 'report.placeChosen', {
      lat: formatNumber(lonLat[1], digits),
      lon: formatNumber(lonLat[0], digits),
    });
  }

  /**
   * Validates and returns the values, or shows what is missing and returns
   * null. The server checks everything again.
   */
  read(hasPlace: boolean): ReportValues | null {
    this.errors.clearAll();
    const description = this.#description.value.trim();
    const sizeText = this.#size.value.trim();
    const size = sizeText === '' ? undefined : Number(sizeText);
    if (!hasPlace) {
      this.errors.set('geometry', () => t('report.placeRequired'));
    }
    if (description === '') {
      this.errors.set('description', () => t('report.descriptionRequired'));
    }
    if (size !== undefined && !(size > 0)) {
      this.errors.set('estimatedSizeM2', () => t('report.sizeInvalid'));
    }
    if (this.errors.size > 0) {
      this.errors.set('general', () => t('report.fixErrors'));

      return null;
    }
    const checked =
      this.#severity.querySelector<HTMLInputElement>('input:checked');

    return {
      category: this.#category.value,
      severity: Number(checked?.value ?? DEFAULT_SEVERITY),
      description,
      estimatedSizeM2: size,
      reporterName: this.#reporterName.value.trim() || undefined,
      reporterContact: this.#reporterContact.value.trim() || undefined,
    };
  }

  #field(name: FieldName, children: Node[]): HTMLElement {
    return element('div', {
      className: 'field',
      attributes: { 'data-field': name },
      children: [...children, this.errors.slot(name)],
    });
  }
}

/** A sentence in both languages of the interface. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

interface Entry extends Text {
  readonly status: number;
}

/** Every error a person can read, in one place, with its HTTP status. */
export const messages = {
  validation_failed: {
    status: 400,
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The request is not valid.',
  },
  malformed_json: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  payload_too_large: {
    status: 413,
    vi: 'Nội dung gửi lên quá lớn (tối đa 1 MB).',
    en: 'The request body is too large (at most 1 MB).',
  },
  unsupported_media_type: {
    status: 415,
    vi: 'Nội dung phải được gửi dưới dạng application/json.',
    en: 'The request body must be sent as application/json.',
  },
  outside_city: {
    status: 422,
    vi: 'Vị trí này nằm ngoài TP. Hồ Chí Minh.',
    en: 'This location is outside Ho Chi Minh City.',
  },
  not_authenticated: {
    status: 401,
    vi: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    en: 'You need to log in to do this.',
  },
  invalid_credentials: {
    status: 401,
    vi: 'Email hoặc mật khẩu không đúng.',
    en: 'The email or password is wrong.',
  },
  csrf_invalid: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ, hãy tải lại trang.',
    en: 'The request lacks a valid CSRF token; reload the page.',
  },
  forbidden: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  out_of_scope: {
    status: 403,
    vi: 'Điểm đen này nằm ngoài địa bàn của đơn vị bạn.',
    en: 'This black spot is outside your organisation’s area.',
  },
  not_found: {
    status: 404,
    vi: 'Không tìm thấy.',
    en: 'Not found.',
  },
  black_spot_not_found: {
    status: 404,
    vi: 'Không tìm thấy điểm đen này.',
    en: 'This black spot does not exist.',
  },
  stale_version: {
    status: 409,
    vi: 'Điểm đen đã được người khác cập nhật; hãy xem trạng thái mới.',
    en: 'Someone else changed this black spot; see its current state.',
  },
  transition_not_allowed: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại.',
    en: 'This action is not allowed in the current status.',
  },
  claim_limit_reached: {
    status: 409,
    vi: 'Đơn vị đã nhận đủ số điểm tối đa đang xử lý.',
    en: 'The union already holds the most open claims allowed.',
  },
  photos_required: {
    status: 409,
    vi: 'Cần ít nhất một ảnh trước và một ảnh sau khi cải tạo.',
    en: 'At least one before and one after photo are needed.',
  },
  rate_limited: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, hãy thử lại sau ít phút.',
    en: 'Too many requests; try again in a few minutes.',
  },
  internal: {
    status: 500,
    vi: 'Lỗi hệ thống. Vui lòng thử lại sau.',
    en: 'Something went wrong on the server. Please try again later.',
  },
  not_ready: {
    status: 503,
    vi: 'Hệ thống đang khởi động.',
    en: 'The service is starting.',
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof messages;

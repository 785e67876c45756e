/** Hours as a French agenda writes them: « 2 h », « 1 h 30 », « 30 min », « 0 h ». */
export function frenchHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  if (whole === 0 && minutes > 0) return `${minutes} min`;
  return minutes === 0 ? `${whole} h` : `${whole} h ${String(minutes).padStart(2, '0')}`;
}

using Workflows.Desk.Calendar;

namespace Workflows.Desk.Model;

/// <summary>Why a meeting cannot take place at a desk: a holiday, one of the desk's closures, or outside its office hours.</summary>
/// <param name="Holiday">The public holiday or patron day the meeting falls on, or null.</param>
/// <param name="Closure">The desk's closure the meeting falls in, or null.</param>
/// <param name="OutsideOfficeHours">True when the day is open but the meeting is not within an opening slot.</param>
public sealed record DeskUnavailability(Holiday? Holiday, DeskClosure? Closure, bool OutsideOfficeHours);

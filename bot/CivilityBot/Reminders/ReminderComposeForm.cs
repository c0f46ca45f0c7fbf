using CivilityBot.Cards.Reminders;
using CivilityBot.Knowledge;

namespace CivilityBot.Reminders;

/// <summary>Fills the compose card from the campaign and reads it back, with a plain-words problem when it is incomplete.</summary>
public sealed class ReminderComposeForm(IPlan plan, ReminderAudienceResolver audiences, ReminderComposer composer, BureauClock clock)
{
    private const string WeeklyMonday = "每周一 9:00";
    private const string BeforeInspection = "验收前 7 天每天 9:00";

    public ReminderComposeModel Blank()
    {
        var inspection = composer.InspectionStartsAt();
        var from = inspection is { } start ? $"（{clock.Format(start.AddDays(-7))[..10]} 起）" : string.Empty;
        return new ReminderComposeModel(
            plan.Current.Departments,
            plan.Current.WorkingGroups.Select(group => group.Name).ToList(),
            plan.Current.Roster.Select(person => person.Name).ToList(),
            $"验收前 7 天每天 9:00 提醒{from}");
    }

    /// <summary>The request, or null with the card to show again (what was entered plus the problem).</summary>
    public ComposeRequest? Read(Func<string, string?> field, out ReminderComposeModel retry)
    {
        retry = Blank() with
        {
            Audience = field(ReminderFields.Audience) ?? ReminderChoices.AudienceOutstanding,
            Department = field(ReminderFields.Department),
            WorkingGroup = field(ReminderFields.WorkingGroup),
            SelectedPeople = field(ReminderFields.People),
            Note = field(ReminderFields.Note),
            Timing = field(ReminderFields.Timing) ?? ReminderChoices.TimingNow,
            CustomTiming = field(ReminderFields.CustomTiming),
        };
        var audience = Audience(retry, out var problem);
        var schedule = problem is null ? Schedule(retry, out problem) : null;
        if (problem is not null || audience is null)
        {
            retry = retry with { Problem = problem };
            return null;
        }

        var note = retry.Note?.Trim();
        return new ComposeRequest(audience, string.IsNullOrEmpty(note) ? null : note[..Math.Min(note.Length, ReminderFields.NoteMaxLength)], schedule);
    }

    /// <summary>Reads a typed schedule (每周一 9:00 …); null with a problem when it cannot be read or has no next time.</summary>
    public ScheduleSpec? ParseSchedule(string text, out string? problem)
    {
        if (!ScheduleTextParser.TryParse(text, composer.InspectionStartsAt(), clock.Zone, out var spec, out problem) || spec is null)
        {
            return null;
        }

        if (ScheduleOccurrences.Next(spec, clock.UtcNow, clock.Zone) is null)
        {
            problem = $"“{spec.Description}”已经没有下一次了（时间已过）。";
            return null;
        }

        return spec;
    }

    private ReminderAudience? Audience(ReminderComposeModel form, out string? problem)
    {
        problem = null;
        switch (form.Audience)
        {
            case ReminderChoices.AudienceDepartment:
                return Named(AudienceKind.Department, form.Department, plan.Current.Departments, "请选择科室。", out problem);
            case ReminderChoices.AudienceWorkingGroup:
                return Named(AudienceKind.WorkingGroup, form.WorkingGroup, plan.Current.WorkingGroups.Select(g => g.Name).ToList(), "请选择工作组。", out problem);
            case ReminderChoices.AudiencePeople:
                return People(form.SelectedPeople, out problem);
            case ReminderChoices.AudienceAllStaff:
                return ReminderAudience.Of(AudienceKind.AllStaff, []);
            default:
                return ReminderAudience.Outstanding();
        }
    }

    private static ReminderAudience? Named(AudienceKind kind, string? value, IReadOnlyList<string> known, string missing, out string? problem)
    {
        problem = string.IsNullOrWhiteSpace(value) ? missing : known.Contains(value.Trim()) ? null : $"没有“{value}”，请从列表中选择。";
        return problem is null ? ReminderAudience.Of(kind, [value!.Trim()]) : null;
    }

    public ReminderAudience? People(string? names, out string? problem)
    {
        var typed = (names ?? string.Empty).Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = audiences.UnknownPeople(typed);
        problem = typed.Length == 0 ? "请至少选择一个人。" : unknown.Count > 0 ? $"名单里没有：{string.Join("、", unknown)}。" : null;
        return problem is null
            ? ReminderAudience.Of(AudienceKind.People, typed.Select(name => audiences.RosterName(name)!).Distinct())
            : null;
    }

    private ScheduleSpec? Schedule(ReminderComposeModel form, out string? problem)
    {
        problem = null;
        return form.Timing switch
        {
            ReminderChoices.TimingWeeklyMonday => ParseSchedule(WeeklyMonday, out problem),
            ReminderChoices.TimingBeforeInspection => ParseSchedule(BeforeInspection, out problem),
            ReminderChoices.TimingCustom when string.IsNullOrWhiteSpace(form.CustomTiming) => Missing(out problem),
            ReminderChoices.TimingCustom => ParseSchedule(form.CustomTiming!, out problem),
            _ => null,
        };
    }

    private static ScheduleSpec? Missing(out string? problem)
    {
        problem = "选了自定义时间，请填写时间，例如：每周三 15:00。";
        return null;
    }
}

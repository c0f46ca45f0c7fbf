using System.Security.Cryptography;
using CivilityBot.Cards.Reminders;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;
using CivilityBot.Turns;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CivilityBot.Reminders;

/// <summary>From a coordinator's choices to a preview, and from their confirmation to a queued broadcast or a schedule.</summary>
public sealed class ReminderPlanner(
    ReminderAudienceResolver audiences,
    ReminderComposer composer,
    IProactiveMessenger messenger,
    ReachabilityNotes notes,
    IOutbox outbox,
    IReminderDraftStore drafts,
    IReminderScheduleStore schedules,
    OutboxSignal signal,
    BureauClock clock,
    IOptions<RemindersOptions> options)
{
    public ReminderDraft Draft(string createdBy, ReminderAudience audience, string? note, ScheduleSpec? schedule)
    {
        var now = clock.UtcNow;
        drafts.Prune(now);
        var draft = new ReminderDraft
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)),
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = now + options.Value.DraftLifetime,
            Audience = audience,
            Note = note,
            Schedule = schedule,
        };
        drafts.Save(draft);
        return draft;
    }

    public ReminderPreviewModel Preview(ReminderDraft draft)
    {
        var recipients = audiences.Resolve(draft.Audience);
        var reaches = recipients.Select(person => (person, reach: messenger.CheckReachability(person))).ToList();
        var unreachable = reaches
            .Where(p => !p.reach.CanReach)
            .Select(p => new UnreachableRecipient(p.person, p.reach.Reason ?? ProactiveReasons.Unknown))
            .ToList();
        var sample = SampleFor(recipients, unreachable, draft);
        return new ReminderPreviewModel(
            draft.Id, audiences.Describe(draft.Audience), TimingText(draft.Schedule), draft.Schedule is not null, draft.Note,
            recipients.Count, unreachable, sample, sample is null ? null : ReminderMessageCards.Summary(sample))
        {
            Notes = notes.For([.. reaches.Select(p => p.reach)]),
        };
    }

    /// <summary>Someone who will get it and has something outstanding shows best what the message looks like.</summary>
    private ReminderMessageModel? SampleFor(IReadOnlyList<string> recipients, List<UnreachableRecipient> unreachable, ReminderDraft draft)
    {
        var skipped = unreachable.Select(u => u.PersonName).ToHashSet();
        var models = recipients.Where(p => !skipped.Contains(p)).Select(p => composer.Model(p, draft.Note, draft.CreatedBy));
        ReminderMessageModel? first = null;
        foreach (var model in models)
        {
            if (model.ItemCount > 0)
            {
                return model;
            }

            first ??= model;
        }

        return first ?? (recipients.Count > 0 ? composer.Model(recipients[0], draft.Note, draft.CreatedBy) : null);
    }

    public string TimingText(ScheduleSpec? schedule)
    {
        if (schedule is null)
        {
            return "确认后立即发送";
        }

        var next = ScheduleOccurrences.Next(schedule, clock.UtcNow, clock.Zone);
        return next is { } at ? $"{schedule.Description}（{clock.ZoneLabel}），下次 {clock.Format(at)}" : $"{schedule.Description}（已没有下一次）";
    }

    /// <summary>Uses the draft up (once) and queues its broadcast or stores its schedule.</summary>
    public ConfirmOutcome Confirm(string draftId, CardLocation? statusAt)
    {
        var draft = drafts.Take(draftId, clock.UtcNow);
        if (draft is null)
        {
            return new ConfirmOutcome(null, null, "这张预览已经确认过或已过期，没有再次发送。需要的话请重新发送“提醒”。");
        }

        if (draft.Schedule is { } spec)
        {
            return new ConfirmOutcome(null, AddSchedule(draft, spec));
        }

        var broadcast = Queue(draft.CreatedBy, draft.Audience, draft.Note, null, null, statusAt);
        return broadcast is null ? new ConfirmOutcome(null, null, "现在没有符合条件的人，没有发送。") : new ConfirmOutcome(broadcast, null);
    }

    /// <summary>Drops the draft: its confirm button no longer sends anything.</summary>
    public void Discard(string draftId) => drafts.Take(draftId, clock.UtcNow);

    /// <summary>Writes the broadcast and one finished message per recipient to the outbox, then wakes the dispatcher.</summary>
    public OutboxBatch? Queue(
        string createdBy, ReminderAudience audience, string? note, int? scheduleId, DateTimeOffset? scheduledFor, CardLocation? statusAt)
    {
        var recipients = audiences.Resolve(audience);
        if (recipients.Count == 0)
        {
            return null;
        }

        var deliveries = recipients.Select(person => composer.Delivery(person, note, createdBy)).ToList();
        var broadcast = outbox.Enqueue(new OutboxBatch
        {
            CreatedBy = createdBy,
            CreatedAt = clock.UtcNow,
            Kind = OutboxKinds.Reminder,
            AudienceText = audiences.Describe(audience),
            Note = note,
            ScheduleId = scheduleId,
            ScheduledFor = scheduledFor,
            StatusMessage = statusAt,
        }, deliveries);
        signal.Notify();
        return broadcast;
    }

    private ReminderSchedule AddSchedule(ReminderDraft draft, ScheduleSpec spec) => schedules.Add(new ReminderSchedule
    {
        CreatedBy = draft.CreatedBy,
        CreatedAt = clock.UtcNow,
        Audience = draft.Audience,
        Note = draft.Note,
        Cron = spec.Cron,
        Description = spec.Description,
        TimeZone = clock.Zone.Id,
        ActiveFrom = spec.ActiveFrom,
        ActiveUntil = spec.ActiveUntil,
        NextOccurrenceAt = ScheduleOccurrences.Next(spec, clock.UtcNow, clock.Zone),
    });
}

using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using static CivilityBot.Turns.CardActionReplies;

namespace CivilityBot.Reminders;

/// <summary>
/// The reminder card buttons. Every verb is for coordinators only; others get a refusal and nothing changes.
/// Confirm uses its draft up, so a double click or a replayed invoke sends once.
/// </summary>
public sealed class ReminderCardActions(
    
    ReminderComposeForm form,
    ReminderPlanner planner,
    IOutbox outbox,
    BatchStatusView view,
    BatchCancellation cancellation,
    ReminderScheduleBook book) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } =
    [
        ReminderVerbs.Preview, ReminderVerbs.Confirm, ReminderVerbs.Discard, ReminderVerbs.Retry,
        ReminderVerbs.PauseSchedule, ReminderVerbs.ResumeSchedule, ReminderVerbs.DeleteSchedule,
    ];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        if (SenderChecks.CoordinatorRefusal(action.Sender, ReplyLanguage.Chinese) is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Message(refusal);
        }

        var coordinator = action.Sender.PersonName!;

        return action.Verb switch
        {
            ReminderVerbs.Preview => Preview(action, coordinator),
            ReminderVerbs.Confirm => Confirm(action),
            ReminderVerbs.Discard => Discard(action),
            BatchVerbs.Status => WithBroadcast(action, broadcast => Card(view.Card(broadcast))),
            BatchVerbs.Cancel => await CancelAsync(action, coordinator, cancellationToken),
            ReminderVerbs.Retry => WithBroadcast(action, broadcast => Retry(broadcast, coordinator)),
            ReminderVerbs.PauseSchedule => WithSchedule(action, book.Pause),
            ReminderVerbs.ResumeSchedule => WithSchedule(action, book.Resume),
            ReminderVerbs.DeleteSchedule => WithSchedule(action, book.Delete),
            _ => AdaptiveCardInvokeResponse.Error(400, ErrorCodes.BadRequest, "这个按钮已失效，请重新发送“提醒”。"),
        };
    }

    private AdaptiveCardInvokeResponse Preview(CardActionTurn action, string coordinator)
    {
        var request = form.Read(action.GetString, out var retry);
        return request is null
            ? Card(ReminderComposeCards.Build(retry))
            : Card(ReminderPreviewCards.Build(planner.Preview(planner.Draft(coordinator, request.Audience, request.Note, request.Schedule))));
    }

    private AdaptiveCardInvokeResponse Confirm(CardActionTurn action)
    {
        var outcome = planner.Confirm(action.GetString(ReminderFields.Draft) ?? string.Empty, action.PressedCard);
        if (outcome.Broadcast is { } broadcast)
        {
            return Card(view.Card(broadcast));
        }

        return outcome.Schedule is { } schedule
            ? Card(book.Card($"已创建定时提醒 #{schedule.Id}：{schedule.Description}。"))
            : Card(ReminderPreviewCards.Notice("没有发送", outcome.Problem ?? ReminderTexts.Discarded));
    }

    private AdaptiveCardInvokeResponse Discard(CardActionTurn action)
    {
        planner.Discard(action.GetString(ReminderFields.Draft) ?? string.Empty);
        return Card(ReminderPreviewCards.Notice("已放弃", ReminderTexts.Discarded));
    }

    private async Task<AdaptiveCardInvokeResponse> CancelAsync(CardActionTurn action, string coordinator, CancellationToken cancellationToken)
    {
        if (action.GetNumber(ReminderFields.Broadcast) is not { } id)
        {
            return AdaptiveCardInvokeResponse.Message(ReminderTexts.NoSuchBroadcast);
        }

        var (broadcast, problem) = await cancellation.CancelAsync(id, coordinator, cancellationToken);
        return broadcast is null ? AdaptiveCardInvokeResponse.Message(problem!) : Card(view.Card(broadcast));
    }

    /// <summary>A new preview for everyone the broadcast did not reach, with the same note; sending still needs a confirm.</summary>
    private AdaptiveCardInvokeResponse Retry(OutboxBatch broadcast, string coordinator)
    {
        var problems = outbox.Problems(broadcast.Id, int.MaxValue);
        var unknown = problems.Where(d => d.ErrorCode is ErrorCodes.OutcomeUnknown or OutboxCodes.Interrupted).Select(d => d.PersonName).Distinct().ToList();
        var missed = problems.Select(d => d.PersonName).Distinct().Except(unknown).ToList();
        if (missed.Count == 0)
        {
            return unknown.Count == 0
                ? AdaptiveCardInvokeResponse.Message("这条提醒每个人都已送达。")
                : Card(new AdaptiveCard { Body = [.. ReminderPreviewCards.OutcomeUnknownBlock(unknown)] });
        }

        var draft = planner.Draft(coordinator, ReminderAudience.Of(AudienceKind.People, missed), broadcast.Note, null);
        return Card(ReminderPreviewCards.Build(planner.Preview(draft) with { OutcomeUnknown = unknown }));
    }

    private AdaptiveCardInvokeResponse WithBroadcast(CardActionTurn action, Func<OutboxBatch, AdaptiveCardInvokeResponse> then) =>
        action.GetNumber(ReminderFields.Broadcast) is { } id && outbox.FindBroadcast(id) is { } broadcast
            ? then(broadcast)
            : AdaptiveCardInvokeResponse.Message(ReminderTexts.NoSuchBroadcast);

    private AdaptiveCardInvokeResponse WithSchedule(CardActionTurn action, Func<int, string> change) =>
        action.GetNumber(ReminderFields.Schedule) is { } id
            ? Card(book.Card(change(id)))
            : AdaptiveCardInvokeResponse.Message(ReminderTexts.NoSuchSchedule);

}

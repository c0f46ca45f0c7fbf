using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using static CivilityBot.Turns.CardActionReplies;

namespace CivilityBot.Checklists;

/// <summary>The checklist card buttons: save, page through, open one's own checklist.</summary>
public sealed class ChecklistCardActions(
    ChecklistEditor editor, ChecklistCardComposer composer) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ChecklistVerbs.Save, ChecklistVerbs.Page, ChecklistVerbs.Open];

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var sender = action.Sender;
        var response = action.Verb switch
        {
            ChecklistVerbs.Save => OnSubmission(action, sender, ChecklistTexts.NotAllowed, submission => Save(action, sender, submission)),
            ChecklistVerbs.Page => OnSubmission(action, sender, ChecklistTexts.NotYourChecklist, submission =>
                Show(new ChecklistView(submission.PersonName, submission.Page, sender.PersonName, submission.Language))),
            _ => Open(action, sender),
        };
        return Task.FromResult(response);
    }

    /// <summary>
    /// Runs <paramref name="handle"/> on the card's submission when the sender may act on it; otherwise answers why not,
    /// with <paramref name="notTheirs"/> when the checklist belongs to someone else.
    /// </summary>
    private static AdaptiveCardInvokeResponse OnSubmission(
        CardActionTurn action, SenderIdentity sender, Func<ReplyLanguage, string> notTheirs, Func<ChecklistSubmission, AdaptiveCardInvokeResponse> handle)
    {
        var submission = ChecklistSubmissionReader.Read(action.Data);
        var language = submission?.Language ?? ReplyLanguages.FromLocale(action.Turn.Activity.Locale);
        if (!sender.IsOnRoster)
        {
            return AdaptiveCardInvokeResponse.Message(PeopleReplies.NotOnRoster(language));
        }

        if (submission is null)
        {
            return Invalid(language);
        }

        // Co-owners share an indicator through their own checklists; someone else's checklist is for coordinators.
        return submission.PersonName != sender.PersonName && !sender.IsCoordinator
            ? AdaptiveCardInvokeResponse.Message(notTheirs(submission.Language))
            : handle(submission);
    }

    private AdaptiveCardInvokeResponse Save(CardActionTurn action, SenderIdentity sender, ChecklistSubmission submission)
    {
        var source = action.Turn.Activity.Type == ActivityTypes.Invoke ? ChangeSources.Card : ChangeSources.Submit;
        var result = editor.Save(submission, sender, source, action.Turn.Activity.Id);
        return result.Status switch
        {
            EditStatus.Invalid => Invalid(submission.Language),
            EditStatus.NotAllowed => AdaptiveCardInvokeResponse.Message(ChecklistTexts.NotAllowed(submission.Language)),
            _ => Card(Noted(new ChecklistView(submission.PersonName, submission.Page, sender.PersonName, submission.Language), result.Save!)),
        };
    }

    private AdaptiveCardInvokeResponse Open(CardActionTurn action, SenderIdentity sender)
    {
        // The button's card decides the language, not the client's UI locale: a Chinese reminder opens a Chinese checklist.
        var language = action.GetString(ChecklistFields.Language) == ChecklistFields.English
            ? ReplyLanguage.English
            : ReplyLanguage.Chinese;
        return sender.PersonName is { } name
            ? Show(new ChecklistView(name, 1, name, language))
            : AdaptiveCardInvokeResponse.Message(PeopleReplies.NotOnRoster(language));
    }

    private AdaptiveCardInvokeResponse Show(ChecklistView view) =>
        composer.Compose(view) is { } composed
            ? Card(composed.Card)
            : AdaptiveCardInvokeResponse.Message(ChecklistTexts.NothingOwned(view.PersonName, view.Language));

    private AdaptiveCard Noted(ChecklistView view, ChecklistSaveResult result)
    {
        var conflicts = result.Conflicts.Select(outcome => ChecklistTexts.ConflictLine(outcome, composer.LocalTime(outcome.State.ChangedAt), view.Language)).ToList();
        var note = result.Replayed ? ChecklistTexts.AlreadySaved(view.Language)
            : conflicts.Count == 0 ? ChecklistTexts.Saved(result.AppliedCount, view.Language)
            : result.AppliedCount == 0 ? ChecklistTexts.Conflicts(conflicts, view.Language)
            : $"{ChecklistTexts.Saved(result.AppliedCount, view.Language)} {ChecklistTexts.Conflicts(conflicts, view.Language)}";
        var noted = view with { Note = note, NoteIsWarning = conflicts.Count > 0 };
        return composer.Compose(noted)!.Card;
    }


    private static AdaptiveCardInvokeResponse Invalid(ReplyLanguage language) =>
        AdaptiveCardInvokeResponse.Error(400, "BadRequest", ChecklistTexts.InvalidCard(language));
}

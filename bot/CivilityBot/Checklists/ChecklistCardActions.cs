using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Checklists;

/// <summary>The checklist card buttons: save, page through, open one's own checklist.</summary>
public sealed class ChecklistCardActions(
    IPeopleDirectory people, ChecklistEditor editor, ChecklistCardComposer composer) : ICardActionHandler
{
    public bool Handles(string verb) => verb is ChecklistVerbs.Save or ChecklistVerbs.Page or ChecklistVerbs.Open;

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var sender = people.Identify(action.Sender);
        var response = action.Verb switch
        {
            ChecklistVerbs.Save => Save(action, sender),
            ChecklistVerbs.Page => Page(action, sender),
            _ => Open(action, sender),
        };
        return Task.FromResult(response);
    }

    private AdaptiveCardInvokeResponse Save(CardActionTurn action, SenderIdentity sender)
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
        if (submission.PersonName != sender.PersonName && !sender.IsCoordinator)
        {
            return AdaptiveCardInvokeResponse.Message(ChecklistTexts.NotAllowed(language));
        }

        var source = action.Turn.Activity.Type == ActivityTypes.Invoke ? ChangeSources.Card : ChangeSources.Submit;
        var result = editor.Save(submission, sender, source, action.Turn.Activity.Id);
        return result.Status switch
        {
            EditStatus.Invalid => Invalid(language),
            EditStatus.NotAllowed => AdaptiveCardInvokeResponse.Message(ChecklistTexts.NotAllowed(language)),
            _ => Card(Noted(new ChecklistView(submission.PersonName, submission.Page, sender.PersonName, language), result.Save!)),
        };
    }

    private AdaptiveCardInvokeResponse Page(CardActionTurn action, SenderIdentity sender)
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

        if (submission.PersonName != sender.PersonName && !sender.IsCoordinator)
        {
            return AdaptiveCardInvokeResponse.Message(ChecklistTexts.NotYourChecklist(language));
        }

        return Show(new ChecklistView(submission.PersonName, submission.Page, sender.PersonName, language));
    }

    private AdaptiveCardInvokeResponse Open(CardActionTurn action, SenderIdentity sender)
    {
        var language = action.GetString(ChecklistFields.Language) == ChecklistFields.English
            ? ReplyLanguage.English
            : ReplyLanguages.FromLocale(action.Turn.Activity.Locale);
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

    private static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(CardJson.ToElement(card));

    private static AdaptiveCardInvokeResponse Invalid(ReplyLanguage language) =>
        AdaptiveCardInvokeResponse.Error(400, "BadRequest", ChecklistTexts.InvalidCard(language));
}

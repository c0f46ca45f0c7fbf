using CivilityBot.Turns;

namespace CivilityBot.Uploads;

/// <summary>Who uploads, for which purpose and target.</summary>
/// <param name="PurposeKey">The <see cref="IUploadPurpose.Key"/>.</param>
/// <param name="Target">What the file is for within the purpose (a sub-criterion id for evidence); empty when the purpose has no target.</param>
/// <param name="Sender">The uploader as the turn pipeline identified them (or as the upload link names them).</param>
public sealed record UploadRequest(string PurposeKey, string Target, SenderIdentity Sender);

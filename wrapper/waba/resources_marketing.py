"""The marketing side of an account's resource tree: template groups, welcome message sequences of
Click-to-WhatsApp ads, audiences, message campaigns, creative optimisation settings, message samples and
business messaging feature statuses. One line per operation, as in `waba.resources` (which attaches them to
`client.account(waba_id)`)."""

from __future__ import annotations

from .lazy import models, signatures
from .operations import Endpoint, Paged
from .resource_base import M, Resource


class TemplateGroups(Resource[M]):
    """`/{waba-id}/template_groups`: named groups of the account's templates."""

    list = Paged(signatures.list_template_groups, models.TemplateGroupList)
    create = Endpoint(signatures.create_template_group, models.IdResponse)


class WelcomeMessageSequences(Resource[M]):
    """`/{waba-id}/welcome_message_sequences`: what a Click-to-WhatsApp ad shows when the chat opens."""

    list = Paged(signatures.list_welcome_message_sequences, models.WelcomeMessageSequenceList)
    create = Endpoint(
        signatures.create_welcome_message_sequence,
        models.WelcomeMessageSequenceCreateResult,
    )
    delete = Endpoint(signatures.delete_welcome_message_sequence, models.SuccessResponse)


class Audiences(Resource[M]):
    """`/{waba-id}/audiences`: audiences for marketing messages."""

    list = Paged(signatures.list_audiences, models.AudienceList)


class MessageCampaigns(Resource[M]):
    """`/{waba-id}/message_campaigns`: marketing message campaigns."""

    list = Paged(signatures.list_message_campaigns, models.MessageCampaignList)


class DegreesOfFreedomSpec(Resource[M]):
    """`/{waba-id}/degrees_of_freedom_spec`: which creative optimisations Meta may apply."""

    get = Endpoint(signatures.get_degrees_of_freedom_spec, models.DegreesOfFreedomSpecList)


class MessageSamples(Resource[M]):
    """`/{waba-id}/message_samples`: sample messages."""

    create = Endpoint(signatures.create_message_sample, models.SuccessResponse)


class BusinessMessagingFeatureStatus(Resource[M]):
    """`/{waba-id}/business_messaging_feature_status`: the status of business messaging features."""

    update = Endpoint(signatures.update_business_messaging_feature_status, models.SuccessResponse)

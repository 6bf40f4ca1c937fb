-- Numbers the extractor neither read as a fact nor classified as a non-indicator, and
-- numbers it read as a value its measure cannot take (a share over 100 %): both for review.
with

numbers as (
    select * from {{ ref('stg_numbers') }} where kind in ('unexplained', 'implausible')
),

files as (
    select * from {{ ref('int_source_files_resolved') }} where status = 'loaded'
),

sections as (
    select * from {{ ref('stg_sections') }}
)

select
    numbers.source_file,
    numbers.document_id,
    numbers.section_no,
    sections.speaker_org,
    sections.speaker_name,
    numbers.char_start,
    numbers.char_end,
    numbers.number_text,
    numbers.kind,
    numbers.sentence,
from numbers
inner join files on files.source_file = numbers.source_file
left join sections
    on sections.source_file = numbers.source_file and sections.section_no = numbers.section_no
order by numbers.source_file, numbers.char_start
